import GRDB

extension Schema {
    /// v20: a product's parcel facts (weight, size, GTIN, bin); the ship-from address lives in `setting` as JSON.
    /// Registered after v19 by `Schema.migrator`; a shipped migration is never edited.
    static func registerParcelFacts(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v20: parcel facts") { db in
            // Scan to pack finds a product by the barcode the scanner types: the partial unique index answers that
            // lookup without reading the catalog, and one barcode never names two products.
            try db.execute(sql: """
                ALTER TABLE product ADD COLUMN weightGrams INTEGER;
                ALTER TABLE product ADD COLUMN lengthMm INTEGER;
                ALTER TABLE product ADD COLUMN widthMm INTEGER;
                ALTER TABLE product ADD COLUMN heightMm INTEGER;
                ALTER TABLE product ADD COLUMN gtin TEXT;
                ALTER TABLE product ADD COLUMN bin TEXT;
                CREATE UNIQUE INDEX product_gtin ON product (gtin) WHERE gtin IS NOT NULL;
                """)
        }
    }
}
