import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

@Suite struct GeneratorTests {
    @Test func aSeededAdvanceIsDeterministic() async throws {
        let a = try SimulatorFixture(seed: 7), b = try SimulatorFixture(seed: 7)
        let ranA = try a.simulator.advance(minutes: 180, seed: 99)
        let ranB = try b.simulator.advance(minutes: 180, seed: 99)
        #expect(ranA == ranB)
        #expect(ranA.ordersPlaced > 50 && ranA.ordersPlaced < 140, "about 30 an hour")
        let ordersA = try await a.searchAll(), ordersB = try await b.searchAll()
        #expect(ordersA == ordersB)
        #expect(ordersA.count == ranA.ordersPlaced + 15)
    }

    @Test func ordersLookLikeAmazons() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 24 * 60, seed: 1)
        let orders = try await fixture.searchAll()
        #expect(orders.allSatisfy { $0.orderId.wholeMatch(of: /\d{3}-\d{7}-\d{7}/) != nil })
        #expect(orders.flatMap(\.orderItems).allSatisfy { $0.orderItemId.wholeMatch(of: /\d{14}/) != nil })
        let lines = Double(orders.map(\.orderItems.count).reduce(0, +)) / Double(orders.count)
        #expect(lines > 1.3 && lines < 1.9)
        let afn = orders.filter { $0.fulfillment?.fulfilledBy == "AMAZON" }
        #expect(afn.count > 0 && afn.count < orders.count / 4)
        #expect(afn.contains { $0.fulfillment?.fulfillmentStatus == "SHIPPED" && $0.packages?.first?.trackingNumber != nil })
        let yen = orders.filter { $0.salesChannel.marketplaceId == "A1VC38T7YXB528" && $0.proceeds != nil }
        #expect(!yen.isEmpty)
        #expect(yen.allSatisfy { $0.proceeds?.grandTotal?.currencyCode == "JPY" })
        #expect(yen.flatMap(\.orderItems).allSatisfy { $0.product.price?.unitPrice?.amount.contains(".") == false })
        // R1: every listing can be ordered, also SKUs the merchant's catalog does not know.
        #expect(orders.flatMap(\.orderItems).contains { $0.product.sellerSku == "UNBEKANNT-42" })
    }

    @Test func pendingOrdersCarryNoAddressPricesOrBuyerName() async throws {
        // R8
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2, pending: true, buyerName: "Jürgen Groß")
        let pending = try await fixture.order(id)
        #expect(pending.fulfillment?.fulfillmentStatus == "PENDING")
        #expect(pending.recipient == nil)
        #expect(pending.proceeds == nil)
        #expect(pending.buyer?.buyerName == nil)
        #expect(pending.buyer?.buyerEmail?.hasSuffix("@marketplace.amazon.de") == true)
        #expect(pending.orderItems.allSatisfy { $0.product.price == nil && $0.proceeds == nil })
        #expect(pending.fulfillment?.shipByWindow == nil)

        // R12: paid, the details appear and lastUpdatedTime moves.
        fixture.clock.advance(seconds: 600)
        try fixture.simulator.pay(orderId: id)
        let paid = try await fixture.order(id)
        #expect(paid.fulfillment?.fulfillmentStatus == "UNSHIPPED")
        #expect(paid.buyer?.buyerName == "Jürgen Groß")
        #expect(paid.recipient?.deliveryAddress?.postalCode != nil)
        #expect(paid.proceeds?.grandTotal == MoneyAmount(amount: "25.80", currencyCode: "EUR"))
        #expect(paid.orderItems[0].product.price?.unitPrice == MoneyAmount(amount: "12.90", currencyCode: "EUR"))
        #expect(paid.lastUpdatedTime > pending.lastUpdatedTime)
        #expect(paid.fulfillment?.shipByWindow?.latestDateTime != nil)
    }

    @Test func generatedPendingOrdersArePaidWithinMinutes() async throws {
        // R12: most generated orders leave PENDING by themselves within ~30 simulated minutes.
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 5 * 60, seed: 3)
        let orders = try await fixture.searchAll()
        let recent = orders.filter { $0.fulfillment?.fulfillmentStatus == "PENDING" }
        #expect(recent.count < orders.count / 3)
        #expect(recent.allSatisfy { $0.recipient == nil && $0.proceeds == nil && $0.buyer?.buyerName == nil })  // R8
    }

    @Test func theFraudCheckCancelsOnlyPendingOrders() async throws {
        // R11
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", pending: true)
        fixture.clock.advance(seconds: 60)
        try fixture.simulator.fraudCancel(orderId: id)
        let cancelled = try await fixture.order(id)
        #expect(cancelled.fulfillment?.fulfillmentStatus == "CANCELLED")
        #expect(cancelled.recipient == nil)
        #expect(throws: SimulatorError.notPending(id, status: "CANCELLED")) { try fixture.simulator.fraudCancel(orderId: id) }
        let paid = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let error = #expect(throws: SimulatorError.self) { try fixture.simulator.fraudCancel(orderId: paid) }
        #expect(error?.description.contains("only a pending order") == true)
    }

    @Test func ordersFromBeforeTheConnectionExist() async throws {
        // R2: the simulator holds history the console must never import.
        let fixture = try SimulatorFixture()
        let connectedAt = try fixture.simulator.connectedAt
        let orders = try await fixture.searchAll()
        let formatter = ISO8601DateFormatter()
        let before = orders.filter { formatter.date(from: $0.createdTime)! < connectedAt.addingTimeInterval(-86_400 + 1) }
        #expect(before.count == 15)
        #expect(before.allSatisfy { ["SHIPPED", "CANCELLED"].contains($0.fulfillment?.fulfillmentStatus) })
        #expect(before.filter { $0.fulfillment?.fulfillmentStatus == "SHIPPED" }.count >= 8)
    }

    @Test func stateSurvivesReopening() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 60, seed: 5)
        let before = try await fixture.searchAll()
        let reopened = try AmazonSimulator.open(at: fixture.simulator.path, clock: fixture.clock)
        #expect(try reopened.now == fixture.simulator.now)
        let attributes = try FileManager.default.attributesOfItem(atPath: fixture.simulator.path)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try reopened.statistics().orders == before.count)
    }
}
