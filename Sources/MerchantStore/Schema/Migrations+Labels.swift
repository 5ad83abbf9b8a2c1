import GRDB

extension Schema {
    /// v21: labels bought through Amazon (Shipping v2): the rates kept per order for 10 minutes, and each label
    /// from its purchase to its file (or its void). Registered after v20 (parcel facts) by `Schema.migrator`.
    static func registerLabels(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v21: labels bought through Amazon") { db in
            try db.execute(sql: """
                CREATE TABLE shippingRates (
                    amazonOrderId TEXT PRIMARY KEY NOT NULL REFERENCES amazonOrder(amazonOrderId),
                    body TEXT NOT NULL                 -- JSON of KeptRates: the offers, their token and when they came
                ) WITHOUT ROWID;
                CREATE TABLE label (
                    id INTEGER PRIMARY KEY,
                    amazonOrderId TEXT NOT NULL REFERENCES amazonOrder(amazonOrderId),
                    idempotencyKey TEXT NOT NULL UNIQUE,   -- x-amzn-IdempotencyKey: one purchase per label, ever
                    rateId TEXT NOT NULL,
                    carrierName TEXT NOT NULL,
                    serviceName TEXT NOT NULL,
                    priceMinor INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    format TEXT NOT NULL,
                    state TEXT NOT NULL,               -- queued, bought, saved, voiding, voided, failed
                    shipmentId TEXT,
                    packageClientReferenceId TEXT,
                    trackingNumber TEXT,
                    filePath TEXT,
                    error TEXT,
                    createdAt REAL NOT NULL,
                    boughtAt REAL,
                    voidedAt REAL
                );
                CREATE INDEX label_order ON label (amazonOrderId, id);
                """)
        }
    }
}
