import GRDB

extension Schema {
    /// v25: the delivery window Amazon promised an order's buyer (`deliverByWindow`), which labels for marked orders
    /// are chosen by (`OnTimeRate`). Orders stored before keep NULL until Amazon reports them again; the label choice
    /// falls back to their ship-by date.
    static func registerDeliveryWindow(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v25: an order's delivery window") { db in
            try db.execute(sql: """
                ALTER TABLE amazonOrder ADD COLUMN earliestDeliveryDate REAL;
                ALTER TABLE amazonOrder ADD COLUMN latestDeliveryDate REAL;
                """)
        }
    }
}
