import Foundation
import SellingPartnerAPI
import Testing
@testable import AmazonSimulator

/// Simulated Amazon promises each paid merchant-fulfilled order a delivery window after its ship-by date, by
/// marketplace and service level, in getOrder and in ORDER_CHANGE alike; none while pending, for AFN or once cancelled.
@Suite("The delivery window simulated Amazon promises")
struct DeliveryWindowTests {
    static let day: TimeInterval = 86_400

    /// The served window as days after the served ship-by date.
    static func daysAfterShipBy(_ order: Order) throws -> (Double, Double) {
        let shipBy = try #require(order.fulfillment?.shipByWindow?.latestDateTime.flatMap(SPAPIDate.parse))
        let window = try #require(order.fulfillment?.deliverByWindow)
        let earliest = try #require(window.earliestDateTime.flatMap(SPAPIDate.parse))
        let latest = try #require(window.latestDateTime.flatMap(SPAPIDate.parse))
        return (earliest.timeIntervalSince(shipBy) / day, latest.timeIntervalSince(shipBy) / day)
    }

    @Test func standardAndExpeditedDifferPerMarketplace() async throws {
        let f = try SimulatorFixture()
        let cases: [(marketplace: String, level: String, days: (Double, Double))] = [
            ("A1PA6795UKMFR9", "STANDARD", (1, 3)), ("A1PA6795UKMFR9", "EXPEDITED", (1, 1)),
            ("A1F83G8C2ARO7P", "STANDARD", (1, 4)), ("A1F83G8C2ARO7P", "EXPEDITED", (1, 2)),
            ("A1VC38T7YXB528", "STANDARD", (1, 3)), ("A1VC38T7YXB528", "EXPEDITED", (1, 1)),
        ]
        for c in cases {
            let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350", marketplaceId: c.marketplace, handlingDays: 2, serviceLevel: c.level)
            let order = try await f.order(id)
            #expect(order.fulfillment?.fulfillmentServiceLevel == c.level)
            let days = try Self.daysAfterShipBy(order)
            #expect(days == c.days, "\(c.marketplace) \(c.level)")
        }
    }

    @Test func noWindowWhilePendingOneOncePaid() async throws {
        let f = try SimulatorFixture()
        let id = try f.simulator.placeOrder(sku: "MUG-BLAU-350", pending: true, serviceLevel: "STANDARD")
        #expect(try await f.order(id).fulfillment?.deliverByWindow == nil)
        f.clock.advance(seconds: 600)
        try f.simulator.pay(orderId: id)
        #expect(try Self.daysAfterShipBy(try await f.order(id)) == (1, 3))
    }

    @Test func amazonFulfilledOrdersCarryNoWindow() async throws {
        let f = try SimulatorFixture()
        let id = try f.simulator.placeOrder(sku: "TEE-MATCHA-100", afn: true)
        let order = try await f.order(id)
        #expect(order.fulfillment?.fulfilledBy == "AMAZON")
        #expect(order.fulfillment?.deliverByWindow == nil)
    }

    @Test func aCancelledOrPendingOrderHasNoWindowTheNotificationSaysTheSame() throws {
        var order = SimOrder(id: "302-1", marketplaceId: "A1PA6795UKMFR9", currency: "EUR", created: 0, updated: 0, status: "UNSHIPPED",
                             afn: false, serviceLevel: "EXPEDITED", shipWithinDays: 1, paid: 600, buyerSeed: 1, buyerName: nil, items: [])
        let window = try #require(DeliveryWindow.of(order))
        #expect(window == DeliveryWindow(earliest: 600 + 2 * 86_400, latest: 600 + 2 * 86_400))
        let summary = OrderChangeMessage.make(order, sellerId: "A2DEMOSELLER01", subscriptionId: "s", type: .orderStatusChange, reason: "paid",
                                              notificationId: "n", publishedAt: 600).payload.orderChangeNotification.summary
        #expect(summary.earliestDeliveryDate == SimTime.iso(window.earliest))
        #expect(summary.latestDeliveryDate == SimTime.iso(window.latest))

        order.status = "CANCELLED"
        #expect(DeliveryWindow.of(order) == nil)
        let cancelled = OrderChangeMessage.make(order, sellerId: "A2DEMOSELLER01", subscriptionId: "s", type: .orderStatusChange, reason: "cancelled",
                                                notificationId: "n2", publishedAt: 700).payload.orderChangeNotification.summary
        #expect(cancelled.latestDeliveryDate == nil && cancelled.latestShipDate != nil)
        order.status = "PENDING"
        order.paid = nil
        #expect(DeliveryWindow.of(order) == nil)
    }
}
