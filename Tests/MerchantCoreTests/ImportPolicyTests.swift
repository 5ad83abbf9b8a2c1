import Testing
import MerchantCore

@Suite("ImportPolicy: what an Amazon order becomes")
struct ImportPolicyTests {
    typealias F = Fixture

    // MARK: R2

    @Test("an order purchased before the connection is never imported, whatever the settings", arguments: [
        (true, false, true), (false, false, true), (true, true, true), (true, false, false), (false, true, false),
    ])
    func beforeConnectionIsNeverImported(importOrders: Bool, importPending: Bool, reservePending: Bool) {
        // R2
        let settings = F.settings(importOrders: importOrders, importPending: importPending, reservePending: reservePending)
        for status in AmazonOrderStatus.allCases {
            let order = F.order(status, purchased: F.beforeConnection)
            #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(F.product("MUG-1"))) == .beforeConnection)
        }
    }

    @Test func anOrderPurchasedAtTheMomentOfConnectionIsImported() {
        // R2: only orders *before* the connection are excluded.
        let order = F.order(.unshipped, purchased: F.connectedAt)
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1")))
            == .create(payment: .paid, takesStock: true))
    }

    // MARK: R4

    @Test("import off keeps every order read only", arguments: AmazonOrderStatus.allCases)
    func importOffIsReadOnly(status: AmazonOrderStatus) {
        // R4
        let order = F.order(status)
        #expect(ImportPolicy.decide(order, settings: F.settings(importOrders: false), resolve: F.catalog(F.product("MUG-1"))) == .readOnly)
    }

    @Test func importOffIsReadOnlyEvenForAnUnknownSku() {
        // R4, R1: kept and shown, not blocked, since nothing is to be imported.
        let order = F.order(.unshipped, items: [F.item("NOT-IN-CATALOG", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(importOrders: false), resolve: F.catalog()) == .readOnly)
    }

    @Test func unshippedOrderWithStockCreatesAPaidLocalOrderThatTakesStock() {
        // R4, R7
        let order = F.order(.unshipped, items: [F.item("MUG-1", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1", onHand: 2)))
            == .create(payment: .paid, takesStock: true))
    }

    @Test("every non-pending order that is imported is paid", arguments: [
        AmazonOrderStatus.unshipped, .partiallyShipped, .shipped,
    ])
    func nonPendingImportedOrdersArePaid(status: AmazonOrderStatus) {
        // R7
        let order = F.order(status, items: [F.item("MUG-1", qty: 2, shipped: status == .unshipped ? 0 : 1)])
        #expect(ImportPolicy.decide(order, settings: F.settings(importPending: true), resolve: F.catalog(F.product("MUG-1")))
            == .create(payment: .paid, takesStock: true))
    }

    @Test("cancelled or unfulfillable orders without a local order import nothing", arguments: [
        AmazonOrderStatus.cancelled, .unfulfillable,
    ])
    func finalWithoutLocalOrderImportsNothing(status: AmazonOrderStatus) {
        // R11, R4
        let order = F.order(status, items: [F.item("UNKNOWN", qty: 1)])
        #expect(ImportPolicy.decide(order, settings: F.settings(importPending: true), resolve: F.catalog()) == .nothingToImport)
    }

    // MARK: R5

    @Test func unknownSkuBlocks() throws {
        // R5
        let order = F.order(.unshipped, items: [F.item("GHOST-9", qty: 1)])
        let decision = ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1")))
        #expect(decision == .blocked([.unknownSku("GHOST-9")]))
        #expect(Blocker.unknownSku("GHOST-9").description == "SKU GHOST-9 is not in the catalog: map it to a product")
    }

    @Test func disabledProductBlocks() {
        // R5
        let order = F.order(.unshipped, items: [F.item("MUG-1", qty: 1)])
        let decision = ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1", enabled: false)))
        #expect(decision == .blocked([.productDisabled("MUG-1")]))
        #expect(Blocker.productDisabled("MUG-1").description == "product MUG-1 is disabled: enable it")
    }

    @Test func shortStockBlocksWithWhatIsNeededAndAvailable() {
        // R5: available is on hand minus reserved minus held.
        let order = F.order(.unshipped, items: [F.item("MUG-1", qty: 3)])
        let resolve = F.catalog(["MUG-1": F.product("MUG-1", onHand: 5)], reserved: ["MUG-1": 2], held: ["MUG-1": 1])
        let decision = ImportPolicy.decide(order, settings: F.settings(), resolve: resolve)
        #expect(decision == .blocked([.stockShort(sku: "MUG-1", needed: 3, available: 2)]))
        #expect(Blocker.stockShort(sku: "MUG-1", needed: 3, available: 2).description == "stock of MUG-1 is short: needs 3, 2 available")
    }

    @Test func twoLinesOfTheSameProductAreCheckedTogetherAgainstStock() {
        // R5: 2 + 2 units of one product against 3 on hand is short, though each line alone fits.
        let order = F.order(.unshipped, items: [F.item("MUG-1", qty: 2, id: "a"), F.item("MUG-1", qty: 2, id: "b")])
        let decision = ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1", onHand: 3)))
        #expect(decision == .blocked([.stockShort(sku: "MUG-1", needed: 4, available: 3)]))
    }

    @Test func exactlyEnoughStockIsNotShort() {
        // R5
        let order = F.order(.unshipped, items: [F.item("MUG-1", qty: 3)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1", onHand: 3)))
            == .create(payment: .paid, takesStock: true))
    }

    @Test func everyBlockerIsReportedAtOnce() {
        // R5: the merchant sees every reason, not just the first.
        let order = F.order(.unshipped, items: [
            F.item("GHOST-9", qty: 1), F.item("LAMP-2", qty: 1), F.item("MUG-1", qty: 4), F.item("GHOST-9", qty: 1, id: "again"),
        ])
        let resolve = F.catalog(F.product("LAMP-2", enabled: false), F.product("MUG-1", onHand: 1))
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: resolve) == .blocked([
            .unknownSku("GHOST-9"), .productDisabled("LAMP-2"), .stockShort(sku: "MUG-1", needed: 4, available: 1),
        ]))
    }

    @Test func blockedOrderImportsOnceTheMerchantMapsEnablesAndRestocks() {
        // R5: the same order, re-decided at the next sync after each fix.
        let order = F.order(.unshipped, items: [F.item("AMZ-MUG", qty: 1), F.item("LAMP-2", qty: 1), F.item("MUG-1", qty: 4)])
        let settings = F.settings()
        var catalog: [String: Product] = ["LAMP-2": F.product("LAMP-2", enabled: false), "MUG-1": F.product("MUG-1", onHand: 1)]
        #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(catalog)) == .blocked([
            .unknownSku("AMZ-MUG"), .productDisabled("LAMP-2"), .stockShort(sku: "MUG-1", needed: 4, available: 1),
        ]))

        catalog["AMZ-MUG"] = F.product("CUP-7")                       // mapped to a product
        #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(catalog)) == .blocked([
            .productDisabled("LAMP-2"), .stockShort(sku: "MUG-1", needed: 4, available: 1),
        ]))

        catalog["LAMP-2"]?.enabled = true                              // enabled
        #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(catalog)) == .blocked([
            .stockShort(sku: "MUG-1", needed: 4, available: 1),
        ]))

        catalog["MUG-1"]?.stockOnHand = 4                              // restocked
        #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(catalog)) == .create(payment: .paid, takesStock: true))
    }

    @Test func stockOfTwoAmazonSkusMappedToOneProductIsCheckedTogether() {
        // R5: both Amazon SKUs draw from the same product's stock.
        let mug = F.product("MUG-1", onHand: 3)
        let order = F.order(.unshipped, items: [F.item("AMZ-MUG-A", qty: 2), F.item("AMZ-MUG-B", qty: 2)])
        let decision = ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(["AMZ-MUG-A": mug, "AMZ-MUG-B": mug]))
        #expect(decision == .blocked([.stockShort(sku: "MUG-1", needed: 4, available: 3)]))
    }

    @Test func alreadyShippedUnitsDoNotNeedStock() {
        // R5: a partially shipped order needs stock only for what is still to ship.
        let order = F.order(.partiallyShipped, items: [F.item("MUG-1", qty: 3, shipped: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1", onHand: 1)))
            == .create(payment: .paid, takesStock: true))
    }

    // MARK: R14

    @Test func afnOrderIsCreatedWithoutTakingStockAndIsNeverShortOfStock() {
        // R14, R26: Amazon ships from its own stock.
        let order = F.order(.unshipped, channel: .amazon, items: [F.item("MUG-1", qty: 5)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1", onHand: 0)))
            == .create(payment: .paid, takesStock: false))
        #expect(ImportPolicy.blockers(for: order, checkStock: false, resolve: F.catalog(F.product("MUG-1", onHand: 0))).isEmpty)
    }

    @Test func fulfillmentChannelsUseTheirSellerCentralNames() {
        // R14
        #expect(FulfillmentChannel.amazon.code == "AFN")
        #expect(FulfillmentChannel.merchant.code == "MFN")
    }

    // MARK: followAmazon (R4, R11)

    @Test("an imported order follows Amazon", arguments: [
        // R4: shipped on Amazon → shipped locally
        (LocalOrderStatus.processing, AmazonOrderStatus.shipped, true, LocalOrderStatus?.some(.shipped)),
        // R4: partially shipped but every unit shipped → shipped
        (.processing, .partiallyShipped, true, .shipped),
        // R13: a partial shipment leaves the order processing
        (.processing, .partiallyShipped, false, nil),
        // R11: Amazon cancelled it → cancelled
        (.processing, .cancelled, false, .cancelled),
        (.processing, .unfulfillable, false, .cancelled),
        // nothing new
        (.processing, .unshipped, false, nil),
        (.processing, .pending, false, nil),
        // R19: after shipment there is no cancel; refunded or cancelled orders stay as they are
        (.shipped, .cancelled, true, nil),
        (.shipped, .shipped, true, nil),
        (.cancelled, .shipped, true, nil),
        (.refunded, .cancelled, false, nil),
        (.partiallyRefunded, .shipped, true, nil),
    ])
    func followsAmazon(local: LocalOrderStatus, amazon: AmazonOrderStatus, fullyShipped: Bool, expected: LocalOrderStatus?) {
        #expect(ImportPolicy.followAmazon(local: local, amazon: amazon, fullyShipped: fullyShipped) == expected)
    }
}
