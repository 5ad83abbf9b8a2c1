import Foundation
import Testing
import MerchantCore

@Suite("Pending orders: details withheld, imported early, reserved or awaited")
struct PendingOrderTests {
    typealias F = Fixture

    static func detailedOrder(_ status: AmazonOrderStatus) -> AmazonOrder {
        AmazonOrder(
            amazonOrderId: "302-1111111-2222222", status: status, fulfillmentChannel: .merchant,
            marketplaceId: "A1PA6795UKMFR9", purchaseDate: F.afterConnection, lastUpdateDate: F.afterConnection,
            latestShipDate: F.afterConnection.addingTimeInterval(2 * 86_400),
            buyerName: "Erika Mustermann", buyerEmail: "erika@example.com",
            shippingAddress: PostalAddress(name: "Erika Mustermann", lines: ["Heidestr. 17"], city: "Köln",
                                           postalCode: "51147", region: nil, countryCode: "DE"),
            total: Money(minorUnits: 4998, currency: "EUR"),
            items: [
                F.item("MUG-1", qty: 1, id: "i1", price: Money(minorUnits: 1999, currency: "EUR")),
                F.item("LAMP-2", qty: 1, id: "i2", price: Money(minorUnits: 2999, currency: "EUR")),
            ]
        )
    }

    // MARK: R8

    @Test("a pending order keeps nothing derived from buyer, address or prices", arguments: [
        AmazonOrderStatus.pending, .pendingAvailability,
    ])
    func pendingDetailsAreRemoved(status: AmazonOrderStatus) {
        // R8
        let order = Self.detailedOrder(status)
        let cleaned = order.withoutPendingDetails()
        #expect(cleaned.buyerName == nil)
        #expect(cleaned.buyerEmail == nil)
        #expect(cleaned.shippingAddress == nil)
        #expect(cleaned.total == nil)
        #expect(cleaned.items.allSatisfy { $0.unitPrice == nil })
        // What Amazon does tell about a pending order stays.
        #expect(cleaned.amazonOrderId == order.amazonOrderId)
        #expect(cleaned.status == status)
        #expect(cleaned.latestShipDate == order.latestShipDate)
        #expect(cleaned.items.map(\.sku) == ["MUG-1", "LAMP-2"])
        #expect(cleaned.items.map(\.quantityOrdered) == [1, 1])
        #expect(cleaned.quantitiesBySku == order.quantitiesBySku)
    }

    @Test("a non-pending order keeps all its details", arguments: [
        AmazonOrderStatus.unshipped, .partiallyShipped, .shipped, .cancelled, .unfulfillable,
    ])
    func nonPendingOrderIsUnchanged(status: AmazonOrderStatus) {
        // R8 applies to pending orders only.
        let order = Self.detailedOrder(status)
        #expect(order.withoutPendingDetails() == order)
    }

    @Test func onlyPendingAndPreOrderArePending() {
        // R8, R10
        #expect(AmazonOrderStatus.allCases.filter(\.isPending) == [.pendingAvailability, .pending])
    }

    // MARK: R9

    @Test func importPendingOnCreatesAnUnpaidLocalOrderThatTakesStock() {
        // R9: checkout complete, payment not yet submitted, quantity taken from stock.
        let order = F.order(.pending, items: [F.item("MUG-1", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(importPending: true), resolve: F.catalog(F.product("MUG-1", onHand: 2)))
            == .create(payment: .notYetSubmitted, takesStock: true))
    }

    @Test func importPendingOnIsStillBlockedWhenStockIsShort() {
        // R9 + R5: an early import takes stock, so it needs stock.
        let order = F.order(.pending, items: [F.item("MUG-1", qty: 3)])
        #expect(ImportPolicy.decide(order, settings: F.settings(importPending: true), resolve: F.catalog(F.product("MUG-1", onHand: 2)))
            == .blocked([.stockShort(sku: "MUG-1", needed: 3, available: 2)]))
    }

    @Test func reservePendingHoldsTheQuantitySummedPerProduct() {
        // R9: import pending off, reserve on: two lines of the same SKU reserve their sum under the product SKU.
        let order = F.order(.pending, items: [
            F.item("AMZ-MUG", qty: 2, id: "a"), F.item("AMZ-MUG", qty: 3, id: "b"), F.item("LAMP-2", qty: 1),
        ])
        let resolve = F.catalog(["AMZ-MUG": F.product("MUG-1"), "LAMP-2": F.product("LAMP-2")])
        #expect(ImportPolicy.decide(order, settings: F.settings(importPending: false, reservePending: true), resolve: resolve)
            == .reserve(["MUG-1": 5, "LAMP-2": 1]))
    }

    @Test func reservePendingDoesNotReserveForAnUnknownSku() {
        // R9: only what maps to a product can be reserved.
        let order = F.order(.pending, items: [F.item("GHOST-9", qty: 1), F.item("MUG-1", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1"))) == .reserve(["MUG-1": 2]))
        let unknownOnly = F.order(.pending, items: [F.item("GHOST-9", qty: 1)])
        #expect(ImportPolicy.decide(unknownOnly, settings: F.settings(), resolve: F.catalog()) == .awaitPayment)
    }

    @Test func reserveOffAwaitsPayment() {
        // R9: neither imported early nor reserved.
        let order = F.order(.pending, items: [F.item("MUG-1", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(importPending: false, reservePending: false), resolve: F.catalog(F.product("MUG-1")))
            == .awaitPayment)
    }

    @Test func afnPendingOrderReservesNothing() {
        // R9, R14: Amazon's own stock fills it; the merchant's stock is not held.
        let order = F.order(.pending, channel: .amazon, items: [F.item("MUG-1", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1"))) == .awaitPayment)
    }

    @Test func preOrderIsTreatedAsPending() {
        // R9
        let order = F.order(.pendingAvailability, items: [F.item("MUG-1", qty: 1)])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(F.product("MUG-1"))) == .reserve(["MUG-1": 1]))
    }

    @Test func newChannelSettingsReservePendingOrdersByDefault() {
        // R9, R28: with the defaults, a pending order reserves.
        let settings = ChannelSettings(sellerId: "A2SELLER", marketplaceIds: ["A1PA6795UKMFR9"], connectedAt: F.connectedAt)
        let order = F.order(.pending, items: [F.item("MUG-1", qty: 2)])
        #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(F.product("MUG-1"))) == .reserve(["MUG-1": 2]))
    }

    // MARK: R11

    @Test func amazonCancellingAPendingOrderBeforeImportImportsNothing() {
        // R11: no local order to make; the sync releases the reservation.
        let order = F.order(.cancelled, items: [F.item("MUG-1", qty: 2)])
        for settings in [F.settings(), F.settings(importPending: true), F.settings(reservePending: false)] {
            #expect(ImportPolicy.decide(order, settings: settings, resolve: F.catalog(F.product("MUG-1"))) == .nothingToImport)
        }
    }

    @Test func amazonCancellingAnEarlyImportedPendingOrderCancelsTheLocalOrder() {
        // R11
        #expect(ImportPolicy.followAmazon(local: .processing, amazon: .cancelled, fullyShipped: false) == .cancelled)
    }

    // MARK: R12

    @Test func pendingOrderThatBecomesUnshippedIsCreatedPaid() {
        // R12: the order reserved 3 of the 3 mugs on hand. The resolver's stock must not count this
        // order's own reservation (ImportPolicy.decide's contract), so it sees reserved 0 and the
        // reservation turns into the order's stock decrement instead of blocking it as short.
        var order = F.order(.pending, items: [F.item("MUG-1", qty: 3)])
        let mug = F.product("MUG-1", onHand: 3)
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: F.catalog(mug)) == .reserve(["MUG-1": 3]))

        order.status = .unshipped
        let excludingOwnReservation = F.catalog(["MUG-1": mug], reserved: ["MUG-1": 0])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: excludingOwnReservation)
            == .create(payment: .paid, takesStock: true))

        // Another order's reservation still counts against it.
        let withOtherReservation = F.catalog(["MUG-1": mug], reserved: ["MUG-1": 1])
        #expect(ImportPolicy.decide(order, settings: F.settings(), resolve: withOtherReservation)
            == .blocked([.stockShort(sku: "MUG-1", needed: 3, available: 2)]))
    }

    @Test func aReservationRecordsOrderSkuAndQuantity() {
        // R9
        let reservation = Reservation(amazonOrderId: "302-1111111-2222222", sku: "MUG-1", quantity: 2)
        #expect(reservation == Reservation(amazonOrderId: "302-1111111-2222222", sku: "MUG-1", quantity: 2))
        #expect(reservation != Reservation(amazonOrderId: "302-1111111-2222222", sku: "MUG-1", quantity: 3))
    }
}
