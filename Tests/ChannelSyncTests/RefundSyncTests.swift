import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Refunds: sent once as adjustments, Amazon's own kept apart, returns ask for them")
struct RefundSyncTests {
    /// A paid order of two mugs (25.80 EUR), imported and shipped, Amazon told.
    func shippedOrder(_ h: SyncHarness) async throws -> String {
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        try await h.syncUntilSettled()
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567127"),
                         actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        return id
    }

    func eur(_ text: String) throws -> Money { try Money(parsing: text, currency: "EUR") }

    func entry(_ h: SyncHarness, _ id: String) throws -> RefundEntry {
        try #require(try h.store.refundQueue().first { $0.amazonOrderId == id })
    }

    @Test("a refund reaches Amazon once as a payment adjustment, is done, and counts as the console's own")
    func refundReachesAmazonOnce() async throws {
        // R20, R29, R23
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        guard case .queued(let payload) = try h.store.refund(id, amount: try eur("10.00"), reason: .priceError, actor: "test", at: h.clock.now) else {
            Issue.record("the refund was not queued"); return
        }
        #expect(payload.lines.map(\.amount) == [try eur("10.00")])
        #expect(try entry(h, id).state == .waiting)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.refunds.map(\.amount) == ["10.00"])
        #expect(amazon.refunds.first?.source == "feed" && amazon.refunds.first?.reason == "PriceError")
        #expect(amazon.refundable == "15.80")
        #expect(try entry(h, id).state == .done)
        #expect(try h.store.orderDetail(id).local?.status == .partiallyRefunded)
        #expect(try h.store.openOutbox(kind: .refund).isEmpty)
        // Amazon's record of it (Finances) is matched to the console's refund, not shown as made on Amazon.
        #expect(try h.store.refundsOnAmazon().isEmpty)
        let totals = try #require(try h.store.refundTotals().lines.first)
        #expect(totals.done == (try eur("10.00")) && totals.onAmazon.minorUnits == 0)
        #expect(try h.store.activity(limit: 100).contains { $0.kind == "refund" && $0.message.contains("refunding 10.00 EUR") })
    }

    @Test("refunding the rest refunds the order; a refund above what is left is refused and changes nothing")
    func refundTheRestThenRefuse() async throws {
        // R22, R30
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        try h.store.refund(id, amount: try eur("20.00"), reason: .customerReturn, actor: "test", at: h.clock.now)
        let queueBefore = try h.store.refundQueue()
        let outboxBefore = try h.store.outbox(includeDone: true)
        #expect(throws: ActionRefusal.refundAboveRefundable(id, refund: try eur("5.81"), refundable: try eur("5.80"))) {
            try h.store.refund(id, amount: try eur("5.81"), reason: .customerReturn, actor: "test", at: h.clock.now)
        }
        #expect(throws: ActionRefusal.refundAmountNotPositive(id)) {
            try h.store.refund(id, amount: try eur("0"), reason: .customerReturn, actor: "test", at: h.clock.now)
        }
        #expect(try h.store.refundQueue() == queueBefore)
        #expect(try h.store.outbox(includeDone: true) == outboxBefore)
        try h.store.refund(id, amount: try eur("5.80"), reason: .customerReturn, actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).refundable == "0.00")
        #expect(try h.store.orderDetail(id).local?.status == .refunded)
    }

    @Test("a refund made in Seller Central shows as refunded on Amazon and stays apart in every total")
    func sellerCentralRefundKeptApart() async throws {
        // R23
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "3.00")
        h.clock.advance(seconds: 300)
        let outcome = try await h.syncUntilSettled()
        _ = outcome
        let onAmazon = try h.store.refundsOnAmazon()
        #expect(onAmazon.map(\.amazonOrderId) == [id])
        #expect(onAmazon.first?.amount == (try eur("3.00")))
        let totals = try #require(try h.store.refundTotals().lines.first)
        #expect(totals.onAmazon == (try eur("3.00")))
        #expect(totals.done.minorUnits == 0 && totals.waiting.minorUnits == 0)
        #expect(try h.store.refundQueue().isEmpty)  // not the console's: not in its queue
        #expect(try h.store.orderDetail(id).history.contains { $0.event.contains("refunded on Amazon") })
        // Read again, it is not counted twice.
        h.clock.advance(seconds: 60)
        try await h.syncUntilSettled()
        #expect(try h.store.refundsOnAmazon().count == 1)
    }

    @Test("an order the store knows was refunded on Amazon: the refund fails at once with a notice and stays in the queue")
    func knownAmazonRefundFailsLocally() async throws {
        // R21
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "25.80")
        h.clock.advance(seconds: 300)
        try await h.syncUntilSettled()
        let outcome = try h.store.refund(id, amount: try eur("10.00"), reason: .customerReturn, actor: "test", at: h.clock.now)
        guard case .failed(_, let notice) = outcome else { Issue.record("expected a failure, got \(outcome)"); return }
        #expect(notice.contains("already refunded on Amazon"))
        let failed = try entry(h, id)
        #expect(failed.state == .failed && failed.failure == notice)
        #expect(try h.store.openOutbox(kind: .refund).isEmpty)
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).refunds.map(\.source) == ["sellerCentral"])
    }

    @Test("a refund sent before the store knew of Amazon's refund fails with Amazon's refusal, said as already refunded on Amazon")
    func amazonRefusesAfterSellerCentralRefund() async throws {
        // R21
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "25.80")
        try h.store.refund(id, amount: try eur("25.80"), reason: .customerReturn, actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        let failed = try entry(h, id)
        #expect(failed.state == .failed)
        #expect(failed.failure?.hasPrefix("already refunded on Amazon") == true)
        #expect(try h.simulator.orderView(orderId: id).refunds.map(\.source) == ["sellerCentral"])
        // Amazon's refund is Amazon's, not matched to the failed one.
        #expect(try h.store.refundsOnAmazon().map(\.amount) == [try eur("25.80")])
        #expect(try h.store.orderDetail(id).local?.status == .shipped)
    }

    @Test("a refund still in the outbox when Amazon's own refund becomes known fails before any feed is sent")
    func unsentRefundFailsWhenAmazonRefundArrives() async throws {
        // R21
        // The sync's push and its Finances read run side by side in no promised order. The gate makes the worst one
        // happen every time: the push has read the refund from the outbox and begun its feed when Amazon's refund is
        // read (the feed once went out anyway, and the failed message came back to life).
        var gate: FinancesFirstTransport?
        let h = try SyncHarness(transport: { let g = FinancesFirstTransport($0); gate = g; return g })
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "20.00")
        h.clock.advance(seconds: 300)
        try h.store.refund(id, amount: try eur("10.00"), reason: .customerReturn, actor: "test", at: h.clock.now)
        let feedsBefore = try h.simulator.statistics().requests["createFeed"] ?? 0
        try #require(gate).hold(until: h.store)
        _ = await h.sync.runOnce()
        #expect(try entry(h, id).state == .failed)
        #expect(try entry(h, id).failure?.contains("only 5.80 EUR is left") == true)
        #expect(try h.simulator.statistics().requests["createFeed"] ?? 0 == feedsBefore)
        #expect(try h.store.outbox(includeDone: true).first { $0.kind == .refund }?.state == .failed)
        // Nor does it go out later.
        h.clock.advance(seconds: 180)
        _ = await h.sync.runOnce()
        #expect(try h.simulator.statistics().requests["createFeed"] ?? 0 == feedsBefore)
        #expect(try entry(h, id).state == .failed)
    }

    @Test("a returned package asks for a refund; the refund settles the request")
    func returnAsksForRefund() async throws {
        // R20
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        try h.simulator.returnPackage(orderId: id, arrived: false)
        try await h.syncUntilSettled()
        let asked = try entry(h, id)
        #expect(asked.state == .requested && asked.origin == .returnRequested)
        #expect(asked.suggested == (try eur("25.80")) && asked.amount == nil)
        #expect(try h.store.refundTotals().requested == 1)
        try h.simulator.returnPackage(orderId: id, arrived: true)
        try await h.syncUntilSettled()
        #expect(try entry(h, id).origin == .returnArrived)
        try h.store.refund(id, amount: try eur("25.80"), reason: .customerReturn, actor: "test", at: h.clock.now)
        let settled = try h.store.refundQueue().filter { $0.amazonOrderId == id }
        #expect(settled.count == 1 && settled[0].id == asked.id && settled[0].state == .waiting)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        #expect(try entry(h, id).state == .done)
        #expect(try h.store.refundTotals().requested == 0)
    }

    @Test("an adjustment feed whose answer was lost is adopted, not sent again: the buyer is refunded once")
    func lostAdjustmentAnswerNotResent() async throws {
        // R29
        let h = try SyncHarness(transport: { LosingTransport($0, matches: LosingTransport.createFeed) })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        // The first feed is the acknowledgement; its lost answer is adopted first. Then the refund's feed.
        try? await h.syncUntilSettled()
        try await h.syncUntilSettled()
        try h.store.refund(id, amount: try eur("4.00"), reason: .priceError, actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).refunds.map(\.amount) == ["4.00"])
        #expect(try entry(h, id).state == .done)
    }
}
