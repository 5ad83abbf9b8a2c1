import Foundation
import GRDB

/// A standard SQS queue kept in the simulator's file: at-least-once, no order promised, a received message
/// hidden for its visibility timeout and back again when not deleted, deleted only by its latest receipt handle.
/// Times are simulated seconds.
enum SQSQueue {
    /// One received message as ReceiveMessage answers it.
    struct Received: Encodable {
        var MessageId: String
        var ReceiptHandle: String
        var MD5OfBody: String
        var Body: String
        var Attributes: [String: String]?
    }

    /// Puts a message in `queue`, visible from `visibleAt`; returns its message id.
    @discardableResult
    static func send(_ db: Database, queue: String, body: String, sentAt: Double, visibleAt: Double) throws -> String {
        let messageId = UUID().uuidString.lowercased()
        let statement = try db.cachedStatement(sql: "INSERT INTO sqsMessage (messageId, queue, body, sentAt, visibleAt) VALUES (?, ?, ?, ?, ?)")
        try statement.execute(arguments: [messageId, queue, body, sentAt, max(sentAt, visibleAt)])
        return messageId
    }

    /// Up to `max` visible messages, each hidden for `visibility` seconds from now under a new receipt handle.
    /// The earliest visible first: with random delivery delays that is not the order the changes happened in.
    static func receive(_ db: Database, queue: String, max: Int, visibility: Int, now: Double) throws -> [Received] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT seq, messageId, body, sentAt, receiveCount, firstReceivedAt FROM sqsMessage
            WHERE queue = ? AND visibleAt <= ? ORDER BY visibleAt, seq LIMIT ?
            """, arguments: [queue, now, max])
        return try rows.map { row in
            let seq: Int64 = row["seq"], count = (row["receiveCount"] as Int) + 1
            let firstReceived: Double = row["firstReceivedAt"] ?? now
            let receipt = Data("\(seq):\(count):\(UUID().uuidString)".utf8).base64EncodedString()
            try db.execute(sql: "UPDATE sqsMessage SET visibleAt = ?, receiveCount = ?, firstReceivedAt = ?, receipt = ? WHERE seq = ?",
                           arguments: [now + Double(visibility), count, firstReceived, receipt, seq])
            let body: String = row["body"]
            return Received(
                MessageId: row["messageId"], ReceiptHandle: receipt, MD5OfBody: MD5.hex(body), Body: body,
                Attributes: ["ApproximateReceiveCount": String(count), "SentTimestamp": millis(row["sentAt"]),
                             "ApproximateFirstReceiveTimestamp": millis(firstReceived)])
        }
    }

    /// Deletes the message `receipt` was issued for. A well-formed but outdated handle (the message was received
    /// again since) succeeds and deletes nothing, as SQS does; a handle SQS never issued is refused.
    static func delete(_ db: Database, queue: String, receipt: String) throws {
        guard let decoded = Data(base64Encoded: receipt).map({ String(decoding: $0, as: UTF8.self) }),
              let seq = decoded.split(separator: ":").first.flatMap({ Int64($0) }) else {
            throw SQSError.receiptHandleIsInvalid(receipt)
        }
        try db.execute(sql: "DELETE FROM sqsMessage WHERE seq = ? AND queue = ? AND receipt = ?", arguments: [seq, queue, receipt])
    }

    /// GetQueueAttributes' counts and settings.
    static func attributes(_ db: Database, queue: String, arn: String, now: Double) throws -> [String: String] {
        let row = try Row.fetchOne(db, sql: """
            SELECT
                (SELECT count(*) FROM sqsMessage WHERE queue = ?1 AND visibleAt <= ?2) AS visible,
                (SELECT count(*) FROM sqsMessage WHERE queue = ?1 AND visibleAt > ?2 AND receiveCount > 0) AS inFlight,
                (SELECT count(*) FROM sqsMessage WHERE queue = ?1 AND visibleAt > ?2 AND receiveCount = 0) AS delayed,
                (SELECT visibilityTimeout FROM sqsQueue WHERE name = ?1) AS visibility,
                (SELECT createdAt FROM sqsQueue WHERE name = ?1) AS created
            """, arguments: [queue, now])!
        return [
            "ApproximateNumberOfMessages": String(row["visible"] as Int),
            "ApproximateNumberOfMessagesNotVisible": String(row["inFlight"] as Int),
            "ApproximateNumberOfMessagesDelayed": String(row["delayed"] as Int),
            "VisibilityTimeout": String(row["visibility"] as Int),
            "CreatedTimestamp": String(row["created"] as Int64),
            "QueueArn": arn,
            "ReceiveMessageWaitTimeSeconds": "0",
            "MaximumMessageSize": "262144",
            "MessageRetentionPeriod": "345600",
            "DelaySeconds": "0",
        ]
    }

    static func visibilityTimeout(_ db: Database, queue: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT visibilityTimeout FROM sqsQueue WHERE name = ?", arguments: [queue]) ?? NotificationTables.defaultVisibilityTimeout
    }

    private static func millis(_ seconds: Double) -> String { String(Int64((seconds * 1000).rounded(.down))) }
}
