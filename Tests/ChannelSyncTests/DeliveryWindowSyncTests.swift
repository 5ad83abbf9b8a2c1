import AmazonSimulator
@testable import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// The buyer's delivery window travels from Amazon's order into the store, by the pull and by ORDER_CHANGE alike.
@Suite("The buyer's delivery window, synced")
struct DeliveryWindowSyncTests {
    @Test func theMappingReadsTheWindow() throws {
        let wire = Order(
            orderId: "302-1", createdTime: "2026-01-01T10:00:00Z", lastUpdatedTime: "2026-01-01T10:30:00Z",
            salesChannel: SalesChannel(channelName: "Amazon", marketplaceId: "A1PA6795UKMFR9"),
            fulfillment: OrderFulfillment(fulfillmentStatus: "UNSHIPPED", fulfilledBy: "MERCHANT", fulfillmentServiceLevel: "STANDARD",
                                          shipByWindow: DateTimeRange(earliestDateTime: "2026-01-01T10:30:00Z", latestDateTime: "2026-01-02T23:59:59Z"),
                                          deliverByWindow: DateTimeRange(earliestDateTime: "2026-01-03T00:00:00Z", latestDateTime: "2026-01-05T23:59:59Z")),
            orderItems: [OrderItem(orderItemId: "1", quantityOrdered: 1, product: ItemProduct(sellerSku: "MUG-BLAU-350"))])
        let order = try OrderMapping.map(wire)
        #expect(order.earliestDeliveryDate == SPAPIDate.parse("2026-01-03T00:00:00Z"))
        #expect(order.latestDeliveryDate == SPAPIDate.parse("2026-01-05T23:59:59Z"))
        var none = wire
        none.fulfillment?.deliverByWindow = nil
        #expect(try OrderMapping.map(none).latestDeliveryDate == nil)
        // A bound Amazon wrote unreadably is no date, not a refused order.
        none.fulfillment?.deliverByWindow = DateTimeRange(earliestDateTime: "soon", latestDateTime: "")
        #expect(try OrderMapping.map(none).earliestDeliveryDate == nil)
    }

    /// What simulated Amazon promises for `id`, read through getOrder.
    static func promised(_ h: SyncHarness, _ id: String) async throws -> (Date?, Date?) {
        let window = try await h.client.getOrder(orderId: id).fulfillment?.deliverByWindow
        return (window?.earliestDateTime.flatMap(SPAPIDate.parse), window?.latestDateTime.flatMap(SPAPIDate.parse))
    }

    @Test func thePullStoresTheWindowOncePaid() async throws {
        let h = try SyncHarness()
        let paid = try h.simulator.placeOrder(sku: "MUG-BLAU-350", handlingDays: 2, serviceLevel: "EXPEDITED")
        let pending = try h.simulator.placeOrder(sku: "MUG-BLAU-350", pending: true, serviceLevel: "STANDARD")
        try await h.syncUntilSettled()

        let (earliest, latest) = try await Self.promised(h, paid)
        let stored = try h.store.orderDetail(paid).order
        #expect(latest != nil && stored.latestDeliveryDate == latest)
        #expect(stored.earliestDeliveryDate == earliest)
        #expect(stored.latestShipDate.map { $0.addingTimeInterval(86_400) } == latest, "Amazon.de Expedited: the day after the ship-by date")
        #expect(try h.store.orderDetail(pending).order.latestDeliveryDate == nil, "none while pending")

        h.clock.advance(seconds: 600)
        try h.simulator.pay(orderId: pending)
        try await h.syncUntilSettled()
        let (_, latestNow) = try await Self.promised(h, pending)
        let storedNow = try h.store.orderDetail(pending).order.latestDeliveryDate
        #expect(latestNow != nil && storedNow == latestNow)
    }

    @Test func anOrderChangeNotificationStoresTheWindow() async throws {
        let f = try await ListenerFixture()
        _ = await f.harness.sync.runOnce()
        _ = try await f.takeBodies()
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350", handlingDays: 3, serviceLevel: "STANDARD")
        let outcome = await f.listener.pollOnce(waitSeconds: 0)
        #expect(outcome.stored == 1)
        let (earliest, latest) = try await Self.promised(f.harness, id)
        let stored = try f.store.orderDetail(id).order
        #expect(latest != nil && stored.latestDeliveryDate == latest)
        #expect(stored.earliestDeliveryDate == earliest)
    }
}
