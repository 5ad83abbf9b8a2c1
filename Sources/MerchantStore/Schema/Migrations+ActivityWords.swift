import GRDB

extension Schema {
    /// v22: each activity line also in the merchant's other languages, written with it (a JSON object by language
    /// code); `message` stays the English record that `merchant activity --json` shows.
    static func registerActivityWords(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v22: activity in the merchant's language") { db in
            try db.execute(sql: "ALTER TABLE activity ADD COLUMN words TEXT")
        }
    }
}
