import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Cancelling: asked, refunded, sent once, never after shipping")
struct CancelSyncTests {
    func paidOrder(_ h: SyncHarness, sku: String = "MUG-BLAU-350", quantity: Int = 2) async throws -> (id: String, total: Money) {
        let id = try h.simulator.placeOrder(sku: sku, quantity: quantity)
        try await h.syncUntilSettled()
        let total = try #require(try h.store.orderDetail(id).order.total)
        return (id, total)
    }

    @Test("a cancellation reaches Amazon once, as an acknowledgement with status Failure, and stock goes back")
    func cancelReachesAmazonOnce() async throws {
        // R17, R18, R29
        let h = try SyncHarness()
        let (id, total) = try await paidOrder(h)
        #expect(try h.entry("MUG-BLAU-350").stock.held == 2)
        try h.store.cancel(id, reason: .buyerCanceled, refund: total, actor: "test", at: h.clock.now)
        #expect(try h.store.orderDetail(id).local?.status == .cancelled)
        #expect(try h.entry("MUG-BLAU-350").stock.held == 0)
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 40)
        try await h.syncUntilSettled()
        try await h.syncUntilSettled()
        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.status == "CANCELLED")
        #expect(amazon.acknowledgementStatuses.filter { $0 == "Failure" }.count == 1)
        #expect(try h.store.openOutbox(kind: .cancellation).isEmpty)
        #expect(try h.store.orderDetail(id).local?.status == .cancelled)
    }

    @Test("cancelling for lack of inventory does not put the units back on the shelf")
    func noInventoryKeepsStockDown() async throws {
        // R17
        let h = try SyncHarness()
        let (id, total) = try await paidOrder(h, quantity: 3)
        try h.store.cancel(id, reason: .noInventory, refund: total, actor: "test", at: h.clock.now)
        let stock = try h.entry("MUG-BLAU-350").stock
        #expect(stock.onHand == 37 && stock.held == 0)
    }

    @Test("a cancellation needs a refund greater than zero and no more than the total, in the order's currency", arguments: ["0", "0.00", "99999.00"])
    func refundOutOfRangeRefused(amount: String) async throws {
        // R18, R30
        let h = try SyncHarness()
        let (id, total) = try await paidOrder(h)
        let refund = try Money(parsing: amount, currency: total.currency)
        #expect(throws: ActionRefusal.self) { try h.store.cancel(id, reason: .buyerCanceled, refund: refund, actor: "test", at: h.clock.now) }
        #expect(try h.store.orderDetail(id).local?.status == .processing)
        #expect(try h.store.openOutbox(kind: .cancellation).isEmpty)
    }

    @Test("a refund in another currency is refused")
    func refundCurrencyRefused() async throws {
        // R18, R22, R30
        let h = try SyncHarness()
        let (id, _) = try await paidOrder(h)
        let refund = Money(minorUnits: 100, currency: "USD")
        #expect(throws: ActionRefusal.currency(id, expected: "EUR", got: "USD")) {
            try h.store.cancel(id, reason: .buyerCanceled, refund: refund, actor: "test", at: h.clock.now)
        }
    }

    @Test("pending and Amazon-fulfilled orders cannot be cancelled by the merchant")
    func pendingAndAFNRefused() async throws {
        // R10, R14
        let h = try SyncHarness()
        try h.store.setSetting(.importPending, to: "on", actor: "test", at: h.clock.now)
        let pending = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, pending: true)
        let afn = try h.simulator.placeOrder(sku: "WAAGE-DIGI", quantity: 1, afn: true)
        try await h.syncUntilSettled()
        let one = Money(minorUnits: 100, currency: "EUR")
        #expect(throws: ActionRefusal.pending(pending)) { try h.store.cancel(pending, reason: .buyerCanceled, refund: one, actor: "test", at: h.clock.now) }
        #expect(throws: ActionRefusal.fulfilledByAmazon(afn)) { try h.store.cancel(afn, reason: .buyerCanceled, refund: one, actor: "test", at: h.clock.now) }
    }
}
