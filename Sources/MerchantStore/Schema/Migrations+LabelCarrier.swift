import GRDB

extension Schema {
    /// v23: a label's carrier as Amazon names it (`carrierId`, "DHL_PAKET"): asking where its parcel is
    /// (Shipping v2 getTracking) needs it beside the tracking number. Labels bought before have none.
    static func registerLabelCarrier(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v23: a label's carrier id") { db in
            try db.execute(sql: "ALTER TABLE label ADD COLUMN carrierId TEXT")
        }
    }
}
