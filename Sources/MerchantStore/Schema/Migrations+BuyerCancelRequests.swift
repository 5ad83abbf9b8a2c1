import GRDB

extension Schema {
    /// v18: a buyer's request to cancel, kept on the order while it stands (`BuyerCancelRequest`).
    /// Registered after v17 by `Schema.migrator`; a shipped migration is never edited.
    static func registerBuyerCancelRequests(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v18: buyer cancellation requests") { db in
            // `merchant orders --status cancel-requested` and the console's filter list them newest first: the partial
            // index holds only those few orders, so the list and its count never walk the whole table.
            try db.execute(sql: """
                ALTER TABLE amazonOrder ADD COLUMN buyerCancelRequested INTEGER NOT NULL DEFAULT 0;
                ALTER TABLE amazonOrder ADD COLUMN buyerCancelReason TEXT;
                CREATE INDEX amazonOrder_cancelRequested ON amazonOrder (purchaseDate, amazonOrderId) WHERE buyerCancelRequested = 1;
                """)
        }
    }
}
