import Foundation
import GRDB

/// A message from the queue that was not an ORDER_CHANGE notification the listener could read: kept, not retried.
public struct KeptAsideNotification: Sendable, Equatable {
    public var messageId: String
    public var receivedAt: Date
    /// Why, in plain words ("the message has no Payload.OrderChangeNotification.AmazonOrderId").
    public var reason: String
    /// The body as it came (data from outside: shown inert).
    public var body: String
}

extension MerchantStore {
    /// Keeps a message aside; the same message delivered again is kept once.
    public func keepNotificationAside(messageId: String, reason: String, body: String, at now: Date) throws {
        try pool.write { db in
            try db.cachedExecute(sql: "INSERT OR IGNORE INTO notificationKeptAside (messageId, receivedAt, reason, body) VALUES (?, ?, ?, ?)",
                                 arguments: [messageId, now.timeIntervalSince1970, reason, body])
        }
    }

    /// The messages kept aside, newest first.
    public func keptAsideNotifications(limit: Int = 100) throws -> [KeptAsideNotification] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM notificationKeptAside ORDER BY seq DESC LIMIT ?", arguments: [limit]).map {
                KeptAsideNotification(messageId: $0["messageId"], receivedAt: Date(timeIntervalSince1970: $0["receivedAt"]),
                                      reason: $0["reason"], body: $0["body"])
            }
        }
    }

    /// How many messages are kept aside.
    public func keptAsideNotificationCount() throws -> Int {
        try pool.read { try Int.fetchOne($0, sql: "SELECT count(*) FROM notificationKeptAside") ?? 0 }
    }
}
