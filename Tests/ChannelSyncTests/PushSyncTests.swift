import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

@Suite("Push: what the console owes Amazon arrives exactly once")
struct PushSyncTests {
    @Test("an imported order is acknowledged to Amazon exactly once, over several syncs")
    func acknowledgedOnce() async throws {
        // R6, R29
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).acknowledgements == 1)
        #expect(try h.store.openOutbox(kind: .acknowledgement).isEmpty)
    }

    @Test("a feed whose answer was lost is adopted, not sent a second time")
    func lostAnswerIsNotResent() async throws {
        // R29, R6
        let h = try SyncHarness(transport: { LosingTransport($0, matches: LosingTransport.createFeed) })
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        let first = await h.sync.runOnce()
        #expect(first.error != nil)  // the lost answer stops the first push
        // In flight, or already adopted by a later push of the same sync (the outbox is pushed beside the reading and after
        // it): never sent a second time.
        let state = try h.store.openOutbox(kind: .acknowledgement).first?.state
        #expect(state == .submitting || state == .submitted)
        #expect(try h.simulator.orderView(orderId: id).idempotencyKeyArrivals.values.allSatisfy { $0 == 1 })
        try await h.syncUntilSettled()
        let view = try h.simulator.orderView(orderId: id)
        #expect(view.acknowledgements == 1)
        #expect(view.idempotencyKeyArrivals.values.allSatisfy { $0 == 1 })
        #expect(try h.store.openOutbox(kind: .acknowledgement).isEmpty)
    }

    @Test("AFN orders are not acknowledged: Amazon fulfils them")
    func afnNotAcknowledged() async throws {
        // R6, R14
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "WAAGE-DIGI", quantity: 1, afn: true)
        try await h.syncUntilSettled()
        #expect(try h.simulator.orderView(orderId: id).acknowledgements == 0)
    }

    @Test("a long sync honours the rate limits: hardly a 429")
    func longSyncHardlyThrottled() async throws {
        // R3
        let h = try SyncHarness()
        _ = try h.simulator.advance(minutes: 3 * 24 * 60, seed: 9)
        try await h.syncUntilSettled()
        let amazon = try h.simulator.statistics()
        #expect(try h.allOrders().count == amazon.orders)
        #expect(amazon.orders > 2_000)  // more than 20 pages: past searchOrders' burst
        #expect(amazon.throttled <= 3)
        #expect(h.client.statistics.throttled <= 3)
    }

    @Test("an impatient client that ignores the rates is throttled by Amazon")
    func impatientClientThrottled() async throws {
        // R3
        let h = try SyncHarness(rateLimits: .unlimited)
        var throttled = 0
        for _ in 0..<40 {
            let answer = try await h.simulator.send(HTTPRequest(
                method: "GET", path: "/orders/2026-01-01/orders",
                query: [("lastUpdatedAfter", "2026-01-01T00:00:00Z"), ("marketplaceIds", "A1PA6795UKMFR9")]))
            if answer.status == 429 {
                throttled += 1
                #expect(String(decoding: answer.body, as: UTF8.self).contains("QuotaExceeded"))
            }
        }
        #expect(throttled == 20)
    }
}
