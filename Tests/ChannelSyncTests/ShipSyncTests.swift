import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Shipping: a carrier, a valid tracking number, a date; confirmed at Amazon once")
struct ShipSyncTests {
    static let ups = "1Z5R89390357567127"

    func paidOrder(_ h: SyncHarness, sku: String = "MUG-BLAU-350", quantity: Int = 2) async throws -> String {
        let id = try h.simulator.placeOrder(sku: sku, quantity: quantity)
        try await h.syncUntilSettled()
        return id
    }

    @Test("a shipped order is confirmed at Amazon once, with the same carrier, tracking number and date")
    func shipConfirmedOnce() async throws {
        // R13, R29
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let shipDate = h.clock.now.addingTimeInterval(-120)  // after the purchase, before now
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: Self.ups, shipDate: shipDate),
                         actor: "test", at: h.clock.now)
        #expect(try h.store.orderDetail(id).local?.status == .shipped)
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 38)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.status == "SHIPPED")
        let package = try #require(amazon.packages.first)
        #expect(amazon.packages.count == 1)
        #expect(package.carrier == "UPS" && package.trackingNumber == Self.ups)
        #expect(package.shipTime == SPAPIDate.format(shipDate))
        #expect(amazon.idempotencyKeyArrivals.values.allSatisfy { $0 == 1 })
        // Amazon's report of the shipment does not take the units off the shelf a second time.
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 38)
        #expect(try h.store.orderDetail(id).order.status == .shipped)
    }

    @Test("a partial shipment sends only the chosen items; the same parcel again ships nothing; the rest ships later in a parcel of its own")
    func partialShipment() async throws {
        // R13
        let h = try SyncHarness()
        let id = try await paidOrder(h, quantity: 3)
        let carrier = try Carrier.parse("DHL Express")
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: carrier, trackingNumber: "3318810025", items: ["MUG-BLAU-350": 1]), actor: "test", at: h.clock.now)
        #expect(try h.store.orderDetail(id).local?.status == .processing)
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).status == "PARTIALLY_SHIPPED")
        // R29: the first command run again (a script re-running it after a crash) ships nothing more.
        #expect(throws: ActionRefusal.sameParcel(id, trackingNumber: "3318810025", package: "1")) {
            try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: carrier, trackingNumber: "3318810025", items: ["MUG-BLAU-350": 1]), actor: "test", at: h.clock.now)
        }
        #expect(try h.store.orderDetail(id).local?.lines.first?.quantityShipped == 1)
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: carrier, trackingNumber: "3318810036"), actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.status == "SHIPPED")
        #expect(amazon.packages.count == 2)
        #expect(try h.store.orderDetail(id).local?.status == .shipped)
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 37)
    }

    @Test("a tracking number that fails its carrier's check is refused and changes nothing")
    func badTrackingRefused() async throws {
        // R13, R30
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        #expect(throws: TrackingError.self) {
            try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567128"), actor: "test", at: h.clock.now)
        }
        #expect(try h.store.orderDetail(id).local?.status == .processing)
        #expect(try h.store.openOutbox(kind: .shipment).isEmpty)
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 40)
    }

    @Test("pending and Amazon-fulfilled orders cannot be shipped by the merchant")
    func pendingAndAFNRefused() async throws {
        // R10, R14
        let h = try SyncHarness()
        try h.store.setSetting(.importPending, to: "on", actor: "test", at: h.clock.now)
        let pending = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, pending: true)
        let afn = try h.simulator.placeOrder(sku: "WAAGE-DIGI", quantity: 1, afn: true)
        try await h.syncUntilSettled()
        let ups = try Carrier.parse("UPS")
        #expect(throws: ActionRefusal.pending(pending)) { try h.store.ship(ShipmentRequest(amazonOrderId: pending, carrier: ups, trackingNumber: Self.ups), actor: "test", at: h.clock.now) }
        #expect(throws: ActionRefusal.fulfilledByAmazon(afn)) { try h.store.ship(ShipmentRequest(amazonOrderId: afn, carrier: ups, trackingNumber: Self.ups), actor: "test", at: h.clock.now) }
    }

    @Test("after a shipment there is no cancel: the way back is a refund")
    func noCancelAfterShipping() async throws {
        // R17, R19
        let h = try SyncHarness()
        let id = try await paidOrder(h, quantity: 2)
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: Self.ups, items: ["MUG-BLAU-350": 1]), actor: "test", at: h.clock.now)
        let total = try #require(try h.store.orderDetail(id).order.total)
        #expect(throws: ActionRefusal.somethingShipped(id)) { try h.store.cancel(id, reason: .buyerCanceled, refund: total, actor: "test", at: h.clock.now) }
        #expect(try h.store.openOutbox(kind: .cancellation).isEmpty)
    }

    @Test("a ship date in the future or before the purchase is refused")
    func shipDateChecked() async throws {
        // R13, R30
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let purchase = try h.store.orderDetail(id).order.purchaseDate
        let ups = try Carrier.parse("UPS")
        for date in [h.clock.now.addingTimeInterval(86_400), purchase.addingTimeInterval(-86_400)] {
            #expect(throws: (any Error).self) {
                try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: ups, trackingNumber: Self.ups, shipDate: date), actor: "test", at: h.clock.now)
            }
        }
        #expect(try h.store.orderDetail(id).local?.status == .processing)
    }

    @Test("a CSV batch ships all its orders, or none when one line is refused")
    func batchAllOrNothing() async throws {
        // R30
        let h = try SyncHarness()
        let a = try await paidOrder(h)
        let b = try await paidOrder(h, sku: "TEE-GRUEN-500", quantity: 1)
        let ups = try Carrier.parse("UPS")
        let good = ShipmentRequest(amazonOrderId: a, carrier: ups, trackingNumber: Self.ups)
        let bad = ShipmentRequest(amazonOrderId: b, carrier: ups, trackingNumber: "1Z000")
        #expect(throws: StoreError.self) { try h.store.shipAll([good, bad], actor: "test", at: h.clock.now) }
        #expect(try h.store.orderDetail(a).local?.status == .processing)
        // A parcel of its own for each buyer: one tracking number is one parcel to one address (R13).
        try h.store.shipAll([good, ShipmentRequest(amazonOrderId: b, carrier: try Carrier.parse("DHL Express"), trackingNumber: "3318810025")],
                            actor: "test", at: h.clock.now)
        #expect(try h.store.orderDetail(a).local?.status == .shipped && h.store.orderDetail(b).local?.status == .shipped)
    }
}
