import GRDB

/// The store's versioned migrations. A migration, once shipped, is never edited: add a new one.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        registerV1(&migrator)
        registerV2ToV10(&migrator)
        registerV11ToV16(&migrator)
        registerV17(&migrator)
        registerBuyerCancelRequests(&migrator)
        registerOrderNotifications(&migrator)
        registerParcelFacts(&migrator)
        registerLabels(&migrator)
        registerActivityWords(&migrator)
        registerLabelCarrier(&migrator)
        registerStoredWords(&migrator)
        registerDeliveryWindow(&migrator)
        registerOutboxRefuser(&migrator)
        return migrator
    }
}
