import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// A buyer's request to cancel comes home with the sync, with the buyer's reason, and the merchant's cancellation
/// answers it with Amazon's reason BuyerCanceled through the feed (R17, R18, R29).
@Suite("Buyer cancellation requests: brought home, respected, answered")
struct BuyerCancelRequestSyncTests {
    @Test("the sync asks Amazon for the items' cancellation and maps a buyer's request, with its reason, to the order")
    func theRequestComesHome() async throws {
        #expect(SearchOrdersQuery.defaultIncludedData.contains(.cancellation))  // searchOrders and getOrder both ask for it
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350")
        try await h.syncUntilSettled()
        #expect(try h.store.orderDetail(id).order.buyerCancelRequest == nil)
        try h.simulator.requestCancel(orderId: id)
        h.clock.advance(seconds: 60)
        try await h.syncUntilSettled()
        let order = try h.store.orderDetail(id).order
        #expect(order.buyerCancelRequest == BuyerCancelRequest(reason: "Ordered by mistake"))
        #expect(try h.store.orders(filter: .buyerCancelRequest).map(\.amazonOrderId) == [id])
    }

    @Test("cancelling such an order sends Amazon the reason BuyerCanceled, and then nothing is asked any more")
    func cancellingAnswersWithBuyerCanceled() async throws {
        // R17, R18, R29
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        try await h.syncUntilSettled()
        try h.simulator.requestCancel(orderId: id)
        h.clock.advance(seconds: 60)
        try await h.syncUntilSettled()
        let detail = try h.store.orderDetail(id)
        let reason = try #require(BuyerCancelRequest.suggestedCancelReason(for: detail.order))
        try h.store.cancel(id, reason: reason, refund: try #require(detail.order.total), actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.status == "CANCELLED")
        #expect(amazon.cancelReason == "BuyerCanceled")
        #expect(try h.store.orderDetail(id).order.buyerCancelRequest == nil)
        #expect(try h.store.orders(filter: .buyerCancelRequest).isEmpty)
    }

    @Test("the sync ships none of them: a shipment without anyway is refused before anything is queued for Amazon")
    func noShipmentWithoutTheWarning() async throws {
        // R30
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350")
        try await h.syncUntilSettled()
        try h.simulator.requestCancel(orderId: id)
        h.clock.advance(seconds: 60)
        try await h.syncUntilSettled()
        let request = ShipmentRequest(amazonOrderId: id, carrier: .ups, trackingNumber: "1Z5R89390357567127")
        #expect(throws: ActionRefusal.buyerAsksToCancel(id, reason: "Ordered by mistake")) { try h.store.ship(request, actor: "test", at: h.clock.now) }
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).status == "UNSHIPPED")
        #expect(try h.store.openOutbox(kind: .shipment).isEmpty)
    }
}
