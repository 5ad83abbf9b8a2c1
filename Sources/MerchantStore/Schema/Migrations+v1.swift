import GRDB

extension Schema {
    /// v1, the first store: orders, catalog, settings, outbox and search.
    /// Registered in this order by `Schema.migrator`; a shipped migration is never edited.
    static func registerV1(_ migrator: inout DatabaseMigrator) {
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
    }
}
