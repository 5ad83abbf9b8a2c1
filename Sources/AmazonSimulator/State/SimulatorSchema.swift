import GRDB

/// The simulator's tables, as versioned migrations. Times are whole seconds since 1970 (UTC):
/// Amazon's timestamps have second precision, and integer keys make paging exact.
enum SimulatorSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    sellerId TEXT NOT NULL,
                    marketplaceIds TEXT NOT NULL,      -- JSON array
                    connectedAt INTEGER NOT NULL,
                    clockOffset REAL NOT NULL,         -- simulated now = clock.now + clockOffset
                    seed INTEGER NOT NULL,
                    rngState INTEGER NOT NULL,
                    throttling INTEGER NOT NULL
                );
                CREATE TABLE counter (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                CREATE TABLE listing (
                    sku TEXT PRIMARY KEY,
                    asin TEXT NOT NULL,
                    title TEXT NOT NULL,
                    price TEXT NOT NULL,               -- EUR decimal string
                    fba INTEGER NOT NULL,
                    quantity INTEGER,                  -- as last patched
                    handlingDays INTEGER
                );
                CREATE TABLE simOrder (
                    orderId TEXT PRIMARY KEY,
                    createdTime INTEGER NOT NULL,
                    lastUpdatedTime INTEGER NOT NULL,
                    status TEXT NOT NULL,
                    fulfilledBy TEXT NOT NULL,
                    marketplaceId TEXT NOT NULL,
                    body BLOB NOT NULL                 -- JSON of SimOrder
                );
                CREATE INDEX simOrder_updated ON simOrder(lastUpdatedTime, orderId);
                CREATE INDEX simOrder_created ON simOrder(createdTime, orderId);
                CREATE TABLE orderEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    orderId TEXT NOT NULL,
                    at INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    detail TEXT NOT NULL
                );
                CREATE INDEX orderEvent_order ON orderEvent(orderId, id);
                CREATE TABLE scheduledEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    ref TEXT NOT NULL
                );
                CREATE INDEX scheduledEvent_at ON scheduledEvent(at, id);
                CREATE TABLE feedDocument (
                    id TEXT PRIMARY KEY,
                    contentType TEXT NOT NULL,
                    content BLOB,
                    createdAt INTEGER NOT NULL
                );
                CREATE TABLE feed (
                    feedId TEXT PRIMARY KEY,
                    feedType TEXT NOT NULL,
                    marketplaceIds TEXT NOT NULL,
                    inputFeedDocumentId TEXT NOT NULL,
                    createdTime INTEGER NOT NULL,
                    processingStatus TEXT NOT NULL,
                    processingStartTime INTEGER,
                    processingEndTime INTEGER,
                    resultFeedDocumentId TEXT,
                    idempotencyKey TEXT
                );
                CREATE INDEX feed_created ON feed(createdTime, feedId);
                CREATE TABLE acknowledgement (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    orderId TEXT NOT NULL,
                    feedId TEXT NOT NULL,
                    statusCode TEXT NOT NULL,
                    merchantOrderId TEXT,
                    at INTEGER NOT NULL
                );
                CREATE INDEX acknowledgement_order ON acknowledgement(orderId);
                CREATE TABLE idempotencyKey (
                    key TEXT PRIMARY KEY,
                    operation TEXT NOT NULL,
                    orderId TEXT,
                    arrivals INTEGER NOT NULL,
                    responseStatus INTEGER,            -- the answer replayed for a repeated key
                    responseBody BLOB
                );
                CREATE INDEX idempotencyKey_order ON idempotencyKey(orderId);
                CREATE TABLE tokenBucket (
                    operation TEXT PRIMARY KEY,
                    tokens REAL NOT NULL,
                    updatedAt REAL NOT NULL
                );
                CREATE TABLE statistic (name TEXT PRIMARY KEY, value INTEGER NOT NULL);
                """)
        }
        migrator.registerMigration("v2: refund events") { db in
            // Every refund as Finances posts it, whoever made it, in posting order.
            try db.execute(sql: """
                CREATE TABLE refundEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    orderId TEXT NOT NULL,
                    postedAt INTEGER NOT NULL,
                    lines BLOB NOT NULL                -- JSON of [RefundEventLine]
                );
                CREATE INDEX refundEvent_posted ON refundEvent(postedAt, id);
                """)
        }
        migrator.registerMigration("v3: FBA stock") { db in
            // Amazon's warehouse stock per SKU, as FBA Inventory reports it.
            try db.execute(sql: """
                CREATE TABLE fbaStock (
                    sku TEXT PRIMARY KEY NOT NULL,
                    fulfillable INTEGER NOT NULL CHECK (fulfillable >= 0),
                    reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
                    inboundShipped INTEGER NOT NULL DEFAULT 0,
                    unfulfillable INTEGER NOT NULL DEFAULT 0,
                    updatedAt INTEGER NOT NULL
                ) WITHOUT ROWID;
                INSERT INTO fbaStock (sku, fulfillable, updatedAt) SELECT sku, \(FBAStock.initialQuantity), 0 FROM listing WHERE fba = 1;
                """)
        }
        migrator.registerMigration("v4: fulfillment orders") { db in
            try db.execute(sql: """
                CREATE TABLE fulfillmentOrder (
                    id TEXT PRIMARY KEY NOT NULL,      -- sellerFulfillmentOrderId: one order per id, ever
                    status TEXT NOT NULL,
                    receivedAt INTEGER NOT NULL,
                    statusUpdatedAt INTEGER NOT NULL,
                    body BLOB NOT NULL                 -- JSON of SimFulfillmentOrder
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v5: faults") { db in try FaultTables.create(db) }
        migrator.registerMigration("v6: notifications and SQS") { db in try NotificationTables.create(db) }
        migrator.registerMigration("v7: Buy Shipping labels") { db in try ShippingTables.create(db) }
        return migrator
    }
}
