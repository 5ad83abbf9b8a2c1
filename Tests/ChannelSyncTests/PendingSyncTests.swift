import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Pending orders: reserved, released, turned into stock decrements")
struct PendingSyncTests {
    @Test("a pending order reserves stock and the quantity pushed to Amazon drops")
    func pendingReserves() async throws {
        // R9, R25
        let h = try SyncHarness()
        try await h.syncUntilSettled()
        #expect(try h.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 40)
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 3, pending: true)
        try await h.syncUntilSettled()
        let detail = try h.store.orderDetail(id)
        #expect(detail.importState == .reserved)
        #expect(detail.reservations == [Reservation(amazonOrderId: id, sku: "MUG-BLAU-350", quantity: 3)])
        #expect(detail.order.shippingAddress == nil && detail.order.total == nil && detail.order.buyerName == nil)  // R8
        #expect(detail.local == nil)
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 40)  // other channels untouched
        #expect(try h.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 37)
    }

    @Test("a fraud cancel releases the reservation and Amazon is offered the stock again")
    func fraudCancelReleases() async throws {
        // R11
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 3, pending: true)
        try await h.syncUntilSettled()
        #expect(try h.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 37)
        try h.simulator.fraudCancel(orderId: id)
        try await h.syncUntilSettled()
        let detail = try h.store.orderDetail(id)
        #expect(detail.order.status == .cancelled)
        #expect(detail.reservations.isEmpty)
        #expect(detail.local == nil)
        #expect(try h.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 40)
    }

    @Test("a payment turns the reservation into a stock decrement and fills in the address")
    func paymentImports() async throws {
        // R12, R9
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 2, pending: true)
        try await h.syncUntilSettled()
        try h.simulator.pay(orderId: id)
        try await h.syncUntilSettled()
        let detail = try h.store.orderDetail(id)
        #expect(detail.order.status == .unshipped)
        #expect(detail.reservations.isEmpty)
        #expect(detail.local?.status == .processing && detail.local?.paymentStatus == .paid)
        #expect(detail.order.shippingAddress != nil)
        #expect(detail.order.total != nil)
        #expect(detail.order.buyerName != nil)
        let stock = try h.entry("TEE-GRUEN-500").stock
        #expect(stock.reserved == 0 && stock.held == 2)
        #expect(try h.simulator.offeredQuantity(sku: "TEE-GRUEN-500") == 58)
    }

    @Test("with import pending on, a pending order becomes a local order at once, payment not yet submitted")
    func importPendingCreatesAtOnce() async throws {
        // R9, R10
        let h = try SyncHarness()
        try h.store.setSetting(.importPending, to: "on", actor: "test", at: h.clock.now)
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, pending: true)
        try await h.syncUntilSettled()
        let local = try #require(try h.store.orderDetail(id).local)
        #expect(local.paymentStatus == .notYetSubmitted)
        #expect(try h.entry("MUG-BLAU-350").stock.held == 1)
        // R11: Amazon's fraud check cancels it: the local order is cancelled and its stock freed.
        try h.simulator.fraudCancel(orderId: id)
        try await h.syncUntilSettled()
        #expect(try h.store.orderDetail(id).local?.status == .cancelled)
        #expect(try h.entry("MUG-BLAU-350").stock.held == 0)
    }
}
