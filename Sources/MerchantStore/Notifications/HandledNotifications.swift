import Foundation
import GRDB

extension MerchantStore {
    /// How long a handled NotificationId is remembered: longer than SQS keeps any message (14 days at most).
    static let handledNotificationDays = 15.0

    /// Which of `ids` were handled already (SQS delivers at least once: those are duplicates).
    public func handledNotificationIds(among ids: [String]) throws -> Set<String> {
        guard !ids.isEmpty else { return [] }
        return try pool.read { db in
            // GRDB's `SQL` literal binds each id: `IN \(ids)` becomes `IN (?, ?, …)`.
            Set(try SQLRequest<String>(literal: "SELECT notificationId FROM notificationHandled WHERE notificationId IN \(ids)").fetchAll(db))
        }
    }

    /// Remembers `ids` as handled, and forgets those older than any queue keeps a message.
    public func recordHandledNotifications(_ ids: [String], at now: Date) throws {
        guard !ids.isEmpty else { return }
        try pool.write { db in
            for id in ids {
                try db.cachedExecute(sql: "INSERT OR IGNORE INTO notificationHandled (notificationId, handledAt) VALUES (?, ?)",
                                     arguments: [id, now.timeIntervalSince1970])
            }
            try db.cachedExecute(sql: "DELETE FROM notificationHandled WHERE handledAt < ?",
                                 arguments: [now.timeIntervalSince1970 - Self.handledNotificationDays * 86_400])
        }
    }

    /// When the store last saw each of `orderIds` updated on Amazon (orders it does not hold are missing).
    public func lastUpdates(of orderIds: [String]) throws -> [String: Date] {
        guard !orderIds.isEmpty else { return [:] }
        return try pool.read { db in
            let rows = try SQLRequest<Row>(literal: "SELECT amazonOrderId, lastUpdateDate FROM amazonOrder WHERE amazonOrderId IN \(orderIds)").fetchAll(db)
            return Dictionary(rows.map { ($0["amazonOrderId"] as String, Date(timeIntervalSince1970: $0["lastUpdateDate"])) }, uniquingKeysWith: { a, _ in a })
        }
    }
}
