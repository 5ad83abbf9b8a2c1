import GRDB

extension Schema {
    /// v11 to v16: held stock kept per product, activity, German search spellings, Amazon's refunds by transaction id.
    /// Registered in this order by `Schema.migrator`; a shipped migration is never edited.
    static func registerV11ToV16(_ migrator: inout DatabaseMigrator) {
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
    }
}
