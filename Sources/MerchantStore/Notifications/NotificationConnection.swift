import Foundation
import GRDB
import MerchantCore

/// The SQS queue ORDER_CHANGE notifications come through, as `merchant notifications connect` set it up.
/// No secret: the AWS keys stay in the environment.
public struct NotificationConnection: Sendable, Equatable {
    public var queueUrl: String
    public var queueArn: String
    public var destinationId: String
    public var subscriptionId: String
    public var connectedAt: Date
    /// When the first and the latest notification came through the queue.
    public var firstArrivedAt: Date?
    public var lastArrivedAt: Date?
    /// Why the queue cannot be read now, and since when; nil while it can.
    public var problem: String?
    public var problemSince: Date?

    public init(queueUrl: String, queueArn: String, destinationId: String, subscriptionId: String, connectedAt: Date,
                firstArrivedAt: Date? = nil, lastArrivedAt: Date? = nil, problem: String? = nil, problemSince: Date? = nil) {
        self.queueUrl = queueUrl
        self.queueArn = queueArn
        self.destinationId = destinationId
        self.subscriptionId = subscriptionId
        self.connectedAt = connectedAt
        self.firstArrivedAt = firstArrivedAt
        self.lastArrivedAt = lastArrivedAt
        self.problem = problem
        self.problemSince = problemSince
    }
}

extension MerchantStore {
    /// The queue notifications come through, or nil when none is connected.
    public func notificationConnection() throws -> NotificationConnection? {
        try pool.read { db in
            guard let row = try db.cachedRow(sql: "SELECT * FROM notificationConnection WHERE id = 1") else { return nil }
            func date(_ c: String) -> Date? { (row[c] as Double?).map { Date(timeIntervalSince1970: $0) } }
            return NotificationConnection(
                queueUrl: row["queueUrl"], queueArn: row["queueArn"], destinationId: row["destinationId"],
                subscriptionId: row["subscriptionId"], connectedAt: Date(timeIntervalSince1970: row["connectedAt"]),
                firstArrivedAt: date("firstArrivedAt"), lastArrivedAt: date("lastArrivedAt"),
                problem: row["problem"], problemSince: date("problemSince"))
        }
    }

    /// Keeps a new connection (replacing any other) and writes it to the activity log.
    public func saveNotificationConnection(_ c: NotificationConnection) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM notificationConnection")
            try db.execute(sql: """
                INSERT INTO notificationConnection (id, queueUrl, queueArn, destinationId, subscriptionId, connectedAt, firstArrivedAt, lastArrivedAt)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [c.queueUrl, c.queueArn, c.destinationId, c.subscriptionId, c.connectedAt.timeIntervalSince1970,
                                 c.firstArrivedAt?.timeIntervalSince1970, c.lastArrivedAt?.timeIntervalSince1970])
            try ActivityLog.append(db, at: c.connectedAt, actor: "merchant", kind: "notifications", subject: nil,
                                   message: tr("store.activity.notifications-connected", c.queueUrl))
        }
    }

    /// Forgets the connection (`merchant notifications disconnect`); the notifications handled are kept for duplicates.
    public func removeNotificationConnection(at now: Date) throws {
        try pool.write { db in
            guard let url = try String.fetchOne(db, sql: "SELECT queueUrl FROM notificationConnection WHERE id = 1") else { return }
            try db.execute(sql: "DELETE FROM notificationConnection")
            try ActivityLog.append(db, at: now, actor: "merchant", kind: "notifications", subject: nil,
                                   message: tr("store.activity.notifications-disconnected", url))
        }
    }

    /// Notes that messages came through the queue now: the queue can be read again.
    public func noteNotificationsArrived(at now: Date) throws {
        try pool.write { db in
            try db.cachedExecute(sql: """
                UPDATE notificationConnection SET firstArrivedAt = coalesce(firstArrivedAt, ?1), lastArrivedAt = ?1,
                    problem = NULL, problemSince = NULL WHERE id = 1
                """, arguments: [now.timeIntervalSince1970])
        }
    }

    /// Notes whether the queue can be read (`problem` nil) or why not; the time of the first failure in a row is kept.
    public func noteNotificationProblem(_ problem: String?, at now: Date) throws {
        try pool.write { db in
            try db.cachedExecute(sql: """
                UPDATE notificationConnection SET problem = ?1, problemSince = CASE WHEN ?1 IS NULL THEN NULL ELSE coalesce(problemSince, ?2) END
                WHERE id = 1 AND coalesce(problem, '') IS NOT coalesce(?1, '')
                """, arguments: [problem, now.timeIntervalSince1970])
        }
    }
}
