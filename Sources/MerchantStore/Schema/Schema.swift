import GRDB

/// The store's versioned migrations. A migration, once shipped, is never edited: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: orders, catalog, settings, outbox") { db in
            try db.execute(sql: """
                CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);

                CREATE TABLE syncState (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    watermark REAL,
                    lastAttemptAt REAL,
                    lastSuccessAt REAL,
                    lastError TEXT,
                    lastReport TEXT,
                    -- Set when something changed that may unblock an order or change a pending order's
                    -- decision (catalog, mapping, settings, freed stock); the next sync then re-decides.
                    reconsider INTEGER NOT NULL DEFAULT 0
                );
                INSERT INTO syncState (id) VALUES (1);

                CREATE TABLE product (
                    sku TEXT PRIMARY KEY NOT NULL,
                    title TEXT NOT NULL,
                    stockOnHand INTEGER NOT NULL CHECK (stockOnHand >= 0),
                    enabled INTEGER NOT NULL DEFAULT 1,
                    asin TEXT,
                    amazonStockOverride INTEGER,
                    amazonPriceMinor INTEGER,
                    amazonPriceCurrency TEXT,
                    handlingDays INTEGER,
                    fba INTEGER NOT NULL DEFAULT 0,
                    lastOfferedQuantity INTEGER
                );

                CREATE TABLE skuMapping (
                    amazonSku TEXT PRIMARY KEY NOT NULL,
                    productSku TEXT NOT NULL REFERENCES product(sku)
                );

                CREATE TABLE amazonOrder (
                    id INTEGER PRIMARY KEY,
                    amazonOrderId TEXT NOT NULL UNIQUE,
                    status TEXT NOT NULL,
                    fulfillmentChannel TEXT NOT NULL,
                    marketplaceId TEXT NOT NULL,
                    purchaseDate REAL NOT NULL,
                    lastUpdateDate REAL NOT NULL,
                    latestShipDate REAL,
                    buyerName TEXT,
                    buyerEmail TEXT,
                    shippingAddress TEXT,
                    totalMinor INTEGER,
                    currency TEXT,
                    itemCount INTEGER NOT NULL,
                    importState TEXT NOT NULL,
                    blockers TEXT
                );
                CREATE INDEX amazonOrder_newest ON amazonOrder (purchaseDate, amazonOrderId);
                CREATE INDEX amazonOrder_toShip ON amazonOrder (latestShipDate, amazonOrderId)
                    WHERE status IN ('UNSHIPPED', 'PARTIALLY_SHIPPED');
                CREATE INDEX amazonOrder_status ON amazonOrder (status, purchaseDate, amazonOrderId);
                CREATE INDEX amazonOrder_importState ON amazonOrder (importState, purchaseDate, amazonOrderId);

                CREATE TABLE amazonOrderItem (
                    amazonOrderId TEXT NOT NULL REFERENCES amazonOrder(amazonOrderId) ON DELETE CASCADE,
                    orderItemId TEXT NOT NULL,
                    position INTEGER NOT NULL,
                    sku TEXT NOT NULL,
                    asin TEXT,
                    title TEXT NOT NULL,
                    quantityOrdered INTEGER NOT NULL,
                    quantityShipped INTEGER NOT NULL,
                    unitPriceMinor INTEGER,
                    PRIMARY KEY (amazonOrderId, orderItemId)
                ) WITHOUT ROWID;
                CREATE INDEX amazonOrderItem_sku ON amazonOrderItem (sku);

                CREATE TABLE amazonOrderPackage (
                    amazonOrderId TEXT NOT NULL REFERENCES amazonOrder(amazonOrderId) ON DELETE CASCADE,
                    packageReferenceId TEXT NOT NULL,
                    carrier TEXT,
                    trackingNumber TEXT,
                    shipDate REAL,
                    items TEXT NOT NULL,
                    PRIMARY KEY (amazonOrderId, packageReferenceId)
                ) WITHOUT ROWID;

                CREATE TABLE amazonOrderHistory (
                    id INTEGER PRIMARY KEY,
                    amazonOrderId TEXT NOT NULL,
                    at REAL NOT NULL,
                    event TEXT NOT NULL
                );
                CREATE INDEX amazonOrderHistory_order ON amazonOrderHistory (amazonOrderId, id);

                CREATE TABLE localOrder (
                    id INTEGER PRIMARY KEY,
                    channel TEXT NOT NULL DEFAULT 'amazon',
                    amazonOrderId TEXT UNIQUE REFERENCES amazonOrder(amazonOrderId),
                    status TEXT NOT NULL,
                    paymentStatus TEXT NOT NULL,
                    takesStock INTEGER NOT NULL,
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL
                );

                CREATE TABLE localOrderLine (
                    localOrderId INTEGER NOT NULL REFERENCES localOrder(id) ON DELETE CASCADE,
                    orderItemId TEXT NOT NULL,
                    productSku TEXT NOT NULL REFERENCES product(sku),
                    quantity INTEGER NOT NULL,
                    quantityShipped INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (localOrderId, orderItemId)
                ) WITHOUT ROWID;
                CREATE INDEX localOrderLine_product ON localOrderLine (productSku);

                CREATE TABLE reservation (
                    amazonOrderId TEXT NOT NULL,
                    productSku TEXT NOT NULL REFERENCES product(sku),
                    quantity INTEGER NOT NULL CHECK (quantity > 0),
                    createdAt REAL NOT NULL,
                    PRIMARY KEY (amazonOrderId, productSku)
                ) WITHOUT ROWID;
                CREATE INDEX reservation_product ON reservation (productSku);

                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY,
                    idempotencyKey TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    payload TEXT NOT NULL,
                    state TEXT NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0,
                    lastError TEXT,
                    feedDocumentId TEXT,
                    feedId TEXT,
                    submittedAt REAL,
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL
                );
                CREATE INDEX outbox_open ON outbox (state, kind, id) WHERE state NOT IN ('done', 'failed');

                CREATE TABLE activity (
                    id INTEGER PRIMARY KEY,
                    at REAL NOT NULL,
                    actor TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    subject TEXT,
                    message TEXT NOT NULL
                );

                -- Counts per status kept current by triggers, so the panes never count a million rows.
                CREATE TABLE orderCount (bucket TEXT PRIMARY KEY NOT NULL, n INTEGER NOT NULL) WITHOUT ROWID;
                CREATE TRIGGER amazonOrder_count_insert AFTER INSERT ON amazonOrder BEGIN
                    INSERT INTO orderCount (bucket, n) VALUES ('status:' || NEW.status, 1)
                        ON CONFLICT (bucket) DO UPDATE SET n = n + 1;
                    INSERT INTO orderCount (bucket, n) VALUES ('import:' || NEW.importState, 1)
                        ON CONFLICT (bucket) DO UPDATE SET n = n + 1;
                END;
                CREATE TRIGGER amazonOrder_count_update AFTER UPDATE OF status, importState ON amazonOrder BEGIN
                    UPDATE orderCount SET n = n - 1 WHERE bucket = 'status:' || OLD.status;
                    INSERT INTO orderCount (bucket, n) VALUES ('status:' || NEW.status, 1)
                        ON CONFLICT (bucket) DO UPDATE SET n = n + 1;
                    UPDATE orderCount SET n = n - 1 WHERE bucket = 'import:' || OLD.importState;
                    INSERT INTO orderCount (bucket, n) VALUES ('import:' || NEW.importState, 1)
                        ON CONFLICT (bucket) DO UPDATE SET n = n + 1;
                END;

                -- Search: unicode61 without diacritics, over words plus character bigrams of
                -- scripts written without spaces (see SearchText).
                CREATE VIRTUAL TABLE orderSearch USING fts5 (
                    text, tokenize = 'unicode61 remove_diacritics 2'
                );
                """)
        }
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
        migrator.registerMigration("v11: held stock kept up to date") { db in
            // Every line of every order the sync imports asks what its product's open orders hold. Summed
            // over the open orders each time, that was 100 µs a line at a million orders (a sixth of the
            // sync); kept per product by these triggers, whichever writer changes an order or a line, it is
            // one row read. An order holds stock while it is processing and takes stock from the warehouse.
            try db.execute(sql: """
                ALTER TABLE product ADD COLUMN committedStock INTEGER NOT NULL DEFAULT 0;
                UPDATE product SET committedStock = (
                    SELECT COALESCE(SUM(l.quantity - l.quantityShipped), 0) FROM localOrder o
                    JOIN localOrderLine l ON l.localOrderId = o.id
                    WHERE o.status = 'processing' AND o.takesStock = 1 AND l.productSku = product.sku);
                CREATE TRIGGER localOrderLine_holds AFTER INSERT ON localOrderLine
                WHEN EXISTS (SELECT 1 FROM localOrder WHERE id = NEW.localOrderId AND status = 'processing' AND takesStock = 1)
                BEGIN
                    UPDATE product SET committedStock = committedStock + NEW.quantity - NEW.quantityShipped WHERE sku = NEW.productSku;
                END;
                CREATE TRIGGER localOrderLine_changes AFTER UPDATE OF quantity, quantityShipped, productSku, localOrderId ON localOrderLine
                BEGIN
                    UPDATE product SET committedStock = committedStock - (OLD.quantity - OLD.quantityShipped) WHERE sku = OLD.productSku
                        AND EXISTS (SELECT 1 FROM localOrder WHERE id = OLD.localOrderId AND status = 'processing' AND takesStock = 1);
                    UPDATE product SET committedStock = committedStock + NEW.quantity - NEW.quantityShipped WHERE sku = NEW.productSku
                        AND EXISTS (SELECT 1 FROM localOrder WHERE id = NEW.localOrderId AND status = 'processing' AND takesStock = 1);
                END;
                -- A line deleted through its order's cascade finds the order gone: the order's own trigger let go of it.
                CREATE TRIGGER localOrderLine_goes AFTER DELETE ON localOrderLine
                WHEN EXISTS (SELECT 1 FROM localOrder WHERE id = OLD.localOrderId AND status = 'processing' AND takesStock = 1)
                BEGIN
                    UPDATE product SET committedStock = committedStock - (OLD.quantity - OLD.quantityShipped) WHERE sku = OLD.productSku;
                END;
                CREATE TRIGGER localOrder_stopsHolding AFTER UPDATE OF status, takesStock ON localOrder
                WHEN OLD.status = 'processing' AND OLD.takesStock = 1 AND NOT (NEW.status = 'processing' AND NEW.takesStock = 1)
                BEGIN
                    UPDATE product SET committedStock = committedStock - (
                        SELECT COALESCE(SUM(l.quantity - l.quantityShipped), 0) FROM localOrderLine l WHERE l.localOrderId = NEW.id AND l.productSku = product.sku)
                    WHERE sku IN (SELECT productSku FROM localOrderLine WHERE localOrderId = NEW.id);
                END;
                CREATE TRIGGER localOrder_startsHolding AFTER UPDATE OF status, takesStock ON localOrder
                WHEN NEW.status = 'processing' AND NEW.takesStock = 1 AND NOT (OLD.status = 'processing' AND OLD.takesStock = 1)
                BEGIN
                    UPDATE product SET committedStock = committedStock + (
                        SELECT COALESCE(SUM(l.quantity - l.quantityShipped), 0) FROM localOrderLine l WHERE l.localOrderId = NEW.id AND l.productSku = product.sku)
                    WHERE sku IN (SELECT productSku FROM localOrderLine WHERE localOrderId = NEW.id);
                END;
                CREATE TRIGGER localOrder_goes BEFORE DELETE ON localOrder
                WHEN OLD.status = 'processing' AND OLD.takesStock = 1
                BEGIN
                    UPDATE product SET committedStock = committedStock - (
                        SELECT COALESCE(SUM(l.quantity - l.quantityShipped), 0) FROM localOrderLine l WHERE l.localOrderId = OLD.id AND l.productSku = product.sku)
                    WHERE sku IN (SELECT productSku FROM localOrderLine WHERE localOrderId = OLD.id);
                END;
                """)
        }
        migrator.registerMigration("v12: no index of holding orders") { db in
            // v6's index served the sum of held stock; since v11 keeps that sum per product, nothing reads the
            // index, and every local order written kept it up to date for nothing.
            try db.execute(sql: "DROP INDEX IF EXISTS localOrder_holding")
        }
        migrator.registerMigration("v13: shipments by tracking number") { db in
            // A tracking number names one parcel: shipping checks whether another order already has it (R13),
            // by this index rather than a scan of every shipment ever made.
            try db.execute(sql: "CREATE INDEX shipment_tracking ON shipment (trackingNumber, carrierCode)")
        }
        migrator.registerMigration("v14: the merchant's own activity") { db in
            // The Outbox pane lists what people did before the sync's housekeeping, which is nearly all of the log:
            // newest first, without reading past thousands of the sync's lines to find them.
            try db.execute(sql: "CREATE INDEX activity_notSync ON activity(id) WHERE actor <> 'sync'")
        }
        migrator.registerMigration("v15: search finds German spellings") { db in
            // `mueller` finds Müller and `gross` Groß once a word with ü, ö, ä or ß is indexed spelled out too
            // (SearchText). Only those orders' texts change; each gains its words spelled out, as a new order's has.
            let spelledOut = DatabaseFunction("merchantGermanSpellings", argumentCount: 1, pure: true) { values in
                String.fromDatabaseValue(values[0]).map(SearchText.withGermanSpellings)
            }
            db.add(function: spelledOut)
            defer { db.remove(function: spelledOut) }
            try db.execute(sql: """
                UPDATE orderSearch SET text = merchantGermanSpellings(text)
                WHERE instr(text, 'ü') OR instr(text, 'ö') OR instr(text, 'ä') OR instr(text, 'ß')
                   OR instr(text, 'Ü') OR instr(text, 'Ö') OR instr(text, 'Ä') OR instr(text, 'ẞ')
                """)
        }
        migrator.registerMigration("v16: Amazon's refunds by transaction id") { db in
            // Finances 2024-06-19 names each refund by its transactionId, Finances v0 by its adjustment item ids.
            // Rows read through v0 keep that key in v0Key too: when the 48-hour overlap reads the same refund again
            // as a transaction, it takes the row over (RefundTable.record) instead of counting the refund twice.
            try db.execute(sql: """
                ALTER TABLE amazonRefund ADD COLUMN v0Key TEXT;
                UPDATE amazonRefund SET v0Key = eventKey;
                """)
        }
        return migrator
    }
}
