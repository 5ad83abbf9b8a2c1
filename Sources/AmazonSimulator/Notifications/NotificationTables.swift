import Foundation
import GRDB

/// Where simulated Amazon keeps its Notifications state and its SQS queues: in its own file, so that a
/// message made by `merchant sim advance` in one process is delivered by `merchant sim serve` in another.
enum NotificationTables {
    /// The queue every simulator holds from the start (`<base>/000000000000/merchant-order-changes`).
    static let defaultQueue = "merchant-order-changes"
    /// The AWS account the simulated queues live in.
    static let queueAccount = "000000000000"
    /// How long a received message stays hidden when neither the queue nor the request says otherwise (SQS's default).
    static let defaultVisibilityTimeout = 30

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE notificationDestination (
                destinationId TEXT PRIMARY KEY NOT NULL,
                name TEXT NOT NULL,
                arn TEXT NOT NULL UNIQUE,
                queue TEXT NOT NULL,               -- the queue's name, the ARN's last part
                createdAt INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE notificationSubscription (
                subscriptionId TEXT PRIMARY KEY NOT NULL,
                notificationType TEXT NOT NULL UNIQUE,
                payloadVersion TEXT NOT NULL,
                destinationId TEXT NOT NULL,
                createdAt INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE notificationConfig (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                sandbox INTEGER NOT NULL           -- answers sendTestNotification, as Amazon's sandbox endpoints do
            );
            INSERT INTO notificationConfig (id, sandbox) VALUES (1, 1);
            CREATE TABLE sqsQueue (
                name TEXT PRIMARY KEY NOT NULL,
                visibilityTimeout INTEGER NOT NULL,
                createdAt INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE TABLE sqsMessage (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                messageId TEXT NOT NULL UNIQUE,
                queue TEXT NOT NULL,
                body TEXT NOT NULL,
                sentAt REAL NOT NULL,              -- simulated seconds
                visibleAt REAL NOT NULL,           -- delivery delay, then each receive's visibility timeout
                receiveCount INTEGER NOT NULL DEFAULT 0,
                firstReceivedAt REAL,
                receipt TEXT                       -- the latest receipt handle: only it deletes the message
            );
            CREATE INDEX sqsMessage_visible ON sqsMessage(queue, visibleAt, seq);
            """)
        try db.execute(sql: "INSERT INTO sqsQueue (name, visibilityTimeout, createdAt) VALUES (?, ?, 0)",
                       arguments: [defaultQueue, defaultVisibilityTimeout])
    }

    /// Whether any subscription exists: checked on every order written, so it is one cached lookup.
    static func subscription(_ db: Database, type: String = "ORDER_CHANGE") throws -> (subscriptionId: String, queue: String)? {
        let statement = try db.cachedStatement(sql: """
            SELECT s.subscriptionId, d.queue FROM notificationSubscription s
            JOIN notificationDestination d ON d.destinationId = s.destinationId WHERE s.notificationType = ?
            """)
        guard let row = try Row.fetchOne(statement, arguments: [type]) else { return nil }
        return (row["subscriptionId"], row["queue"])
    }

    static func queueExists(_ db: Database, _ name: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM sqsQueue WHERE name = ?)", arguments: [name]) ?? false
    }

    static func isSandbox(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT sandbox FROM notificationConfig WHERE id = 1") ?? true
    }
}
