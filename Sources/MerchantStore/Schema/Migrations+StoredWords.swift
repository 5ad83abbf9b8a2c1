import GRDB

extension Schema {
    /// v24: an order's history and the notices the merchant reads (a refund's failure, an outbox message's last error,
    /// why the merchant ships a shop order, the sync's saved summary) also in the merchant's other languages, as the
    /// activity log keeps them since v22 (`StoredWords`). Rows written before read in English, as they were written.
    static func registerStoredWords(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v24: history and notices in the merchant's language") { db in
            try db.execute(sql: """
                ALTER TABLE amazonOrderHistory ADD COLUMN words TEXT;
                ALTER TABLE refund ADD COLUMN failureWords TEXT;
                ALTER TABLE outbox ADD COLUMN lastErrorWords TEXT;
                ALTER TABLE shopOrder ADD COLUMN noteWords TEXT;
                ALTER TABLE syncState ADD COLUMN lastReportWords TEXT;
                """)
        }
    }
}
