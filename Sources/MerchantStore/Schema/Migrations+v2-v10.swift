import GRDB

extension Schema {
    /// v2 to v10: shipments, refunds, FBA, shop orders and the indexes that came with them.
    /// Registered in this order by `Schema.migrator`; a shipped migration is never edited.
    static func registerV2ToV10(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2: shipments and cancellations") { db in
            try db.execute(sql: """
                CREATE TABLE shipment (
                    id INTEGER PRIMARY KEY,
                    amazonOrderId TEXT NOT NULL REFERENCES amazonOrder(amazonOrderId),
                    packageReferenceId TEXT NOT NULL,
                    carrierCode TEXT NOT NULL,
                    carrierName TEXT,
                    trackingNumber TEXT NOT NULL,
                    shipDate REAL NOT NULL,
                    items TEXT NOT NULL,
                    createdAt REAL NOT NULL,
                    UNIQUE (amazonOrderId, packageReferenceId)
                );
                CREATE TABLE cancellation (
                    amazonOrderId TEXT PRIMARY KEY NOT NULL REFERENCES amazonOrder(amazonOrderId),
                    reason TEXT NOT NULL,
                    refundMinor INTEGER NOT NULL CHECK (refundMinor > 0),
                    currency TEXT NOT NULL,
                    createdAt REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v3: refunds") { db in
            try db.execute(sql: """
                ALTER TABLE amazonOrderPackage ADD COLUMN detailedStatus TEXT;
                ALTER TABLE syncState ADD COLUMN financesWatermark REAL;
                CREATE TABLE refund (
                    id INTEGER PRIMARY KEY,
                    amazonOrderId TEXT NOT NULL REFERENCES amazonOrder(amazonOrderId),
                    origin TEXT NOT NULL,              -- merchant | return requested | return arrived
                    packageReferenceId TEXT,           -- the package coming back, for a return
                    state TEXT NOT NULL,               -- requested | waiting | failed | done
                    amountMinor INTEGER CHECK (amountMinor > 0),   -- null while only requested
                    suggestedMinor INTEGER,            -- what the returned package was worth
                    currency TEXT NOT NULL,
                    reason TEXT,
                    failure TEXT,
                    lines TEXT,                        -- JSON of the per-item split sent to Amazon
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL,
                    UNIQUE (amazonOrderId, packageReferenceId)
                );
                CREATE INDEX refund_queue ON refund(state, updatedAt);
                CREATE INDEX refund_order ON refund(amazonOrderId);
                CREATE TABLE amazonRefund (
                    eventKey TEXT PRIMARY KEY NOT NULL,  -- Finances' OrderAdjustmentItemIds of the event
                    amazonOrderId TEXT NOT NULL,
                    postedAt REAL NOT NULL,
                    amountMinor INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    refundId INTEGER REFERENCES refund(id)   -- the console's own refund, or null: refunded on Amazon (R23)
                ) WITHOUT ROWID;
                CREATE INDEX amazonRefund_order ON amazonRefund(amazonOrderId);
                CREATE INDEX amazonRefund_posted ON amazonRefund(postedAt);
                """)
        }
        migrator.registerMigration("v4: FBA stock") { db in
            try db.execute(sql: """
                CREATE TABLE fbaStock (
                    productSku TEXT PRIMARY KEY NOT NULL REFERENCES product(sku),
                    fulfillable INTEGER NOT NULL,
                    reserved INTEGER NOT NULL,
                    inbound INTEGER NOT NULL,
                    checkedAt REAL NOT NULL
                ) WITHOUT ROWID;
                """)
        }
        migrator.registerMigration("v5: shop orders and fulfillment by Amazon") { db in
            try db.execute(sql: """
                CREATE TABLE shopOrder (
                    localOrderId INTEGER PRIMARY KEY REFERENCES localOrder(id),
                    reference TEXT NOT NULL UNIQUE,
                    buyerName TEXT NOT NULL,
                    address TEXT NOT NULL,             -- JSON of PostalAddress
                    fulfilledBy TEXT NOT NULL,         -- merchant | amazon
                    note TEXT                          -- why the merchant ships it, when Amazon could not
                );
                CREATE TABLE fulfillmentOrder (
                    sellerFulfillmentOrderId TEXT PRIMARY KEY NOT NULL,
                    localOrderId INTEGER NOT NULL UNIQUE REFERENCES localOrder(id),
                    status TEXT NOT NULL,              -- Amazon's, or 'sending' before Amazon has it
                    carrier TEXT,
                    trackingNumber TEXT,
                    statusUpdatedAt REAL,
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL
                ) WITHOUT ROWID;
                CREATE INDEX fulfillmentOrder_open ON fulfillmentOrder(status);
                """)
        }
        migrator.registerMigration("v6: the local orders that hold stock") { db in
            // Held stock is summed over these only (CatalogTable.stock), so it costs the open orders, not the history.
            try db.execute(sql: """
                CREATE INDEX localOrder_holding ON localOrder (id) WHERE status = 'processing' AND takesStock = 1;
                """)
        }
        migrator.registerMigration("v7: outbox messages by subject") { db in
            // Every ingested page updates or counts the inventory messages of its listings by subject; without
            // this index each did a scan of the whole outbox, which holds a message for every order ever acknowledged.
            try db.execute(sql: "CREATE INDEX outbox_subject ON outbox (kind, subject, state)")
        }
        migrator.registerMigration("v8: search newest first") { db in
            // The search index's rowids were the orders' ids, so the newest 50 hits of a common name meant reading
            // every hit and sorting them by date. Keyed by purchase time instead (SearchKey), FTS5 walks its
            // index newest first and stops at the limit.
            try db.execute(sql: """
                ALTER TABLE amazonOrder ADD COLUMN searchKey INTEGER;
                UPDATE amazonOrder SET searchKey = k.key FROM (
                    SELECT id, CAST(purchaseDate * 1000 AS INTEGER) * 64  -- SearchKey.slotsPerMillisecond
                        + ROW_NUMBER() OVER (PARTITION BY CAST(purchaseDate * 1000 AS INTEGER) ORDER BY id) - 1 AS key
                    FROM amazonOrder
                ) k WHERE k.id = amazonOrder.id;
                CREATE UNIQUE INDEX amazonOrder_searchKey ON amazonOrder (searchKey);
                CREATE VIRTUAL TABLE orderSearchByTime USING fts5 (
                    text, tokenize = 'unicode61 remove_diacritics 2'
                );
                INSERT INTO orderSearchByTime (rowid, text)
                    SELECT a.searchKey, s.text FROM orderSearch s JOIN amazonOrder a ON a.id = s.rowid;
                DROP TABLE orderSearch;
                ALTER TABLE orderSearchByTime RENAME TO orderSearch;
                """)
        }
        migrator.registerMigration("v9: failed outbox messages, orders awaiting payment") { db in
            // The console counts the failed messages on every overview; without this the count walked an index
            // over the whole outbox, which keeps a message for every order ever acknowledged. The orders awaiting
            // payment are two statuses: read through the status index they came in two runs that had to be sorted.
            try db.execute(sql: """
                CREATE INDEX outbox_failed ON outbox (id) WHERE state = 'failed';
                CREATE INDEX amazonOrder_awaitingPayment ON amazonOrder (purchaseDate, amazonOrderId)
                    WHERE status IN ('PENDING', 'PENDING_AVAILABILITY');
                """)
        }
        migrator.registerMigration("v10: refund request ids") { db in
            // A script that runs `merchant refund` again after a crash names the same request: one refund, not two.
            try db.execute(sql: """
                ALTER TABLE refund ADD COLUMN requestId TEXT;
                CREATE UNIQUE INDEX refund_requestId ON refund (requestId) WHERE requestId IS NOT NULL;
                """)
        }
    }
}
