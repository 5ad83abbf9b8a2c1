import Foundation
import GRDB

extension AmazonSimulator {
    /// The name of the queue every simulator holds from the start.
    public static let defaultQueueName = NotificationTables.defaultQueue

    /// The default queue's URL on a simulator reached at `baseURL` (`http://127.0.0.1:PORT`, or `http://localhost` in process).
    public static func queueURL(baseURL: String) -> String { SQSEndpoint.queueURL(baseURL: baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL) }

    /// The default queue's ARN in `region`, as `createDestination` takes it.
    public static func queueARN(region: String = "eu-west-1") -> String { SQSEndpoint.arn(region: region) }

    /// Whether `sendTestNotification` is answered, as on Amazon's sandbox endpoints (on by default);
    /// off, the simulator refuses it as a production endpoint does. Kept in the simulator's file.
    public func setSandbox(_ sandbox: Bool) throws {
        try db.write { try $0.execute(sql: "UPDATE notificationConfig SET sandbox = ? WHERE id = 1", arguments: [sandbox]) }
    }

    /// How many messages the default queue holds: visible now, received and hidden, and not yet delivered.
    public func queueDepth() throws -> (visible: Int, inFlight: Int, delayed: Int) {
        try db.write { db in
            let now = try preciseNow(db)
            try Scheduler.processDue(db, now: Int64(now.rounded(.down)))
            let attributes = try SQSQueue.attributes(db, queue: NotificationTables.defaultQueue, arn: "", now: now)
            return (Int(attributes["ApproximateNumberOfMessages"]!)!, Int(attributes["ApproximateNumberOfMessagesNotVisible"]!)!,
                    Int(attributes["ApproximateNumberOfMessagesDelayed"]!)!)
        }
    }
}
