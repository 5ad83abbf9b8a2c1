import Foundation
import MerchantCore
import MerchantStore
import Testing

/// The store keeps a buyer's request to cancel while it stands, lists and counts those orders, forgets the request
/// once answered or withdrawn, and ships none of them unless the merchant says anyway (R17, R19, R29, R30).
@Suite struct BuyerCancelRequestStoreTests {
    static let asked = "302-4000000-0000001"
    static let other = "302-4000000-0000002"
    static let ups = "1Z5R89390357567127"

    static func asking(_ reason: String? = "Ordered by mistake") -> AmazonOrder {
        var o = Fx.order(asked, .unshipped, purchased: Fx.t(2), buyer: "Jürgen Groß", address: Fx.address, total: Fx.eur(1290))
        o.buyerCancelRequest = BuyerCancelRequest(reason: reason)
        return o
    }

    static func store() throws -> TestStore {
        let t = try TestStore()
        try t.store.ingest([asking(), Fx.order(other, .unshipped, purchased: Fx.t(1), buyer: "Anna", address: Fx.address, total: Fx.eur(1290))],
                           watermark: nil, at: Fx.t(3))
        return t
    }

    @Test func theRequestIsKeptListedAndCounted() throws {
        let t = try Self.store()
        #expect(try t.detail(Self.asked).order.buyerCancelRequest == BuyerCancelRequest(reason: "Ordered by mistake"))
        #expect(try t.detail(Self.other).order.buyerCancelRequest == nil)
        let listed = try t.store.orders(filter: .buyerCancelRequest)
        #expect(listed.map(\.amazonOrderId) == [Self.asked])
        #expect(listed.first?.buyerCancelRequest?.reason == "Ordered by mistake")
        #expect(try t.store.orderCount(filter: .buyerCancelRequest, sort: .newest) == 1)
        #expect(try t.store.orderCount(filter: .buyerCancelRequest, sort: .urgency) == 1)
        #expect(try t.store.orders(filter: .all).first { $0.amazonOrderId == Self.asked }?.buyerCancelRequest != nil)
        #expect(OrderFilter.parse("cancel-requested") == .buyerCancelRequest)
        #expect(try t.detail(Self.asked).history.contains { $0.event == "buyer asks to cancel: Ordered by mistake" })
    }

    @Test func aRequestWithdrawnInAmazonsDataIsForgotten() throws {
        let t = try Self.store()
        try t.store.ingest([Fx.later(Self.asking(), .unshipped) { $0.buyerCancelRequest = nil }], watermark: nil, at: Fx.t(4))
        #expect(try t.detail(Self.asked).order.buyerCancelRequest == nil)
        #expect(try t.store.orders(filter: .buyerCancelRequest).isEmpty)
        #expect(try t.store.orderCount(filter: .buyerCancelRequest, sort: .newest) == 0)
        #expect(try t.detail(Self.asked).history.contains { $0.event == "the buyer no longer asks to cancel" })
    }

    @Test func anOrderAmazonCancelledAsksNothingMore() throws {
        // R17: Amazon's data may still carry the request on a cancelled order; there is nothing left to cancel.
        let t = try Self.store()
        try t.store.ingest([Fx.later(Self.asking(), .cancelled)], watermark: nil, at: Fx.t(4))
        #expect(try t.detail(Self.asked).order.buyerCancelRequest == nil)
        #expect(try t.store.orders(filter: .buyerCancelRequest).isEmpty)
    }

    @Test func theMerchantsCancellationAnswersTheRequestAndTheNextSyncDoesNotAskAgain() throws {
        // R17, R18: cancelled with the buyer's reason; Amazon still reports the request until it has processed the feed.
        let t = try Self.store()
        let payload = try t.store.cancel(Self.asked, reason: .buyerCanceled, refund: Fx.eur(1290), actor: "test", at: Fx.t(3))
        #expect(payload.reason == .buyerCanceled)
        #expect(try t.store.orders(filter: .buyerCancelRequest).isEmpty)
        try t.store.ingest([Fx.later(Self.asking(), .unshipped)], watermark: nil, at: Fx.t(4))
        #expect(try t.detail(Self.asked).order.buyerCancelRequest == nil)
        #expect(try t.store.orderCount(filter: .buyerCancelRequest, sort: .newest) == 0)
    }

    @Test func shippingItIsRefusedWithoutAnywayAndChangesNothing() throws {
        // R30
        let t = try Self.store()
        let request = ShipmentRequest(amazonOrderId: Self.asked, carrier: .ups, trackingNumber: Self.ups)
        #expect(throws: ActionRefusal.buyerAsksToCancel(Self.asked, reason: "Ordered by mistake")) { try t.store.ship(request, actor: "test", at: Fx.t(3)) }
        #expect(try t.detail(Self.asked).local?.status == .processing)
        #expect(try t.detail(Self.asked).shipments.isEmpty)
        #expect(try t.store.outbox(includeDone: true).filter { $0.kind == .shipment }.isEmpty)
        // Many at once: all or none, and the one that asks stops them all.
        let both = [ShipmentRequest(amazonOrderId: Self.other, carrier: .ups, trackingNumber: Self.ups), request]
        #expect(throws: StoreError.self) { try t.store.shipAll(both, actor: "test", at: Fx.t(3)) }
        #expect(try t.detail(Self.other).local?.status == .processing)
        #expect(try t.store.outbox(includeDone: true).filter { $0.kind == .shipment }.isEmpty)
    }

    @Test func shippingItAnywayShipsAndTheRequestIsAnswered() throws {
        // R13
        let t = try Self.store()
        var request = ShipmentRequest(amazonOrderId: Self.asked, carrier: .ups, trackingNumber: Self.ups)
        request.despiteCancelRequest = true
        try t.store.ship(request, actor: "test", at: Fx.t(3))
        let detail = try t.detail(Self.asked)
        #expect(detail.local?.status == .shipped)
        #expect(detail.order.buyerCancelRequest == nil)
        #expect(detail.history.contains { $0.event.hasSuffix("although the buyer asked to cancel") })
        #expect(try t.store.outbox(includeDone: true).filter { $0.kind == .shipment }.count == 1)
    }
}
