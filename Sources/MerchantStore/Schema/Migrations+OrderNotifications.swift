import GRDB

extension Schema {
    /// v19: ORDER_CHANGE notifications: the queue they come through, the ones handled (for duplicates), the ones kept aside.
    /// Registered last by `Schema.migrator` (after v18, a buyer's cancel requests); a shipped migration is never edited.
    static func registerOrderNotifications(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v19: order notifications") { db in
            try db.execute(sql: """
                CREATE TABLE notificationConnection (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    queueUrl TEXT NOT NULL,
                    queueArn TEXT NOT NULL,
                    destinationId TEXT NOT NULL,
                    subscriptionId TEXT NOT NULL,
                    connectedAt REAL NOT NULL,
                    firstArrivedAt REAL,
                    lastArrivedAt REAL,
                    problem TEXT,                      -- why the queue cannot be read now, in a merchant's words
                    problemSince REAL
                );
                CREATE TABLE notificationHandled (
                    notificationId TEXT PRIMARY KEY NOT NULL,
                    handledAt REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX notificationHandled_at ON notificationHandled (handledAt);
                CREATE TABLE notificationKeptAside (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    messageId TEXT NOT NULL UNIQUE,
                    receivedAt REAL NOT NULL,
                    reason TEXT NOT NULL,
                    body TEXT NOT NULL
                );
                """)
        }
    }
}
