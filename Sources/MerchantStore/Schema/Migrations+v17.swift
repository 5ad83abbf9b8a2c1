import GRDB

extension Schema {
    /// v17: the stock imported orders hold is called held everywhere, as the merchant reads it (HELD) and v11 named it.
    /// Registered last by `Schema.migrator`; a shipped migration is never edited.
    static func registerV17(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v17: held stock named as the merchant reads it") { db in
            // SQLite renames the column in v11's triggers too, which keep it up to date.
            try db.execute(sql: "ALTER TABLE product RENAME COLUMN committedStock TO heldStock")
        }
    }
}
