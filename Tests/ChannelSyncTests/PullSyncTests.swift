import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Pull: Amazon's orders come home, once each")
struct PullSyncTests {
    @Test("every order of the account is stored, with its marketplace and channel, none twice")
    func everyOrderStoredOnce() async throws {
        // R1, R3
        let h = try SyncHarness()
        _ = try h.simulator.advance(minutes: 180, seed: 3)
        try await h.syncUntilSettled()
        let orders = try h.allOrders()
        let simulated = try h.simulator.statistics().orders
        #expect(orders.count == simulated)
        #expect(Set(orders.map(\.amazonOrderId)).count == orders.count)
        #expect(orders.allSatisfy { $0.marketplaceId == "A1PA6795UKMFR9" })
        #expect(orders.contains { $0.fulfillmentChannel == .amazon })
        #expect(orders.contains { $0.fulfillmentChannel == .merchant })
    }

    @Test("a second sync with nothing new changes nothing")
    func secondSyncChangesNothing() async throws {
        // R3
        let h = try SyncHarness()
        _ = try h.simulator.advance(minutes: 120, seed: 4)
        try await h.syncUntilSettled()
        let before = try h.allOrders()
        let activityBefore = try h.store.activity(limit: 10_000).count
        let outcome = await h.sync.runOnce()
        #expect(outcome.error == nil)
        #expect(outcome.orders.new == 0)
        #expect(outcome.orders.updated == 0)
        #expect(outcome.orders.imported == 0)
        #expect(try h.allOrders() == before)
        #expect(try h.store.activity(limit: 10_000).count == activityBefore)
    }

    @Test("orders placed before the connection are shown but never imported")
    func beforeConnectionNeverImported() async throws {
        // R2
        let h = try SyncHarness()
        try await h.syncUntilSettled()
        let connectedAt = try h.simulator.connectedAt
        let old = try h.allOrders().filter { $0.purchaseDate < connectedAt }
        #expect(!old.isEmpty)
        #expect(old.allSatisfy { $0.localStatus == nil && $0.importState == .beforeConnection })
    }

    @Test("a paid order for a known SKU becomes one local order in processing, and shipped when Amazon ships it")
    func unshippedImportsAndShipped() async throws {
        // R4, R7
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        try await h.syncUntilSettled()
        let detail = try h.store.orderDetail(id)
        #expect(detail.local?.status == .processing)
        #expect(detail.local?.paymentStatus == .paid)
        #expect(try h.entry("MUG-BLAU-350").stock.held == 2)
    }

    @Test("with import off, orders are kept read only: no local order, no stock change")
    func importOffIsReadOnly() async throws {
        // R4
        let h = try SyncHarness()
        try h.store.setSetting(.importOrders, to: "off", actor: "test", at: h.clock.now)
        let stockBefore = try h.store.catalog().map(\.stock)
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1)
        _ = try h.simulator.advance(minutes: 60, seed: 5)
        try await h.syncUntilSettled()
        #expect(try h.store.orderDetail(id).importState == .readOnly)
        #expect(try h.allOrders().allSatisfy { $0.localStatus == nil })
        #expect(try h.store.catalog().map(\.stock) == stockBefore)
        #expect(try h.store.openOutbox(kind: .acknowledgement).isEmpty)
    }

    @Test("an order blocked for an unknown SKU is imported after the SKU is mapped and the next sync")
    func blockedUntilMapped() async throws {
        // R5
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "AMZ-LEGACY-TASSE", quantity: 1)
        try await h.syncUntilSettled()
        let blocked = try h.store.orderDetail(id)
        #expect(blocked.importState == .blocked)
        #expect(blocked.blockers.contains { $0.contains("AMZ-LEGACY-TASSE") && $0.contains("not in the catalog") })
        #expect(try h.store.orderCounts().byImportState[.blocked] == 1)

        try h.store.mapSku(amazonSku: "AMZ-LEGACY-TASSE", to: "MUG-BLAU-350", actor: "test", at: h.clock.now)
        let outcome = await h.sync.runOnce()
        #expect(outcome.orders.imported == 1)
        let imported = try h.store.orderDetail(id)
        #expect(imported.importState == .imported)
        #expect(imported.local?.lines.first?.productSku == "MUG-BLAU-350")
        #expect(try h.store.orderCounts().byImportState[.blocked, default: 0] == 0)
    }

    @Test("an order blocked for short stock is imported after a restock")
    func blockedUntilRestocked() async throws {
        // R5
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "KAFFEE-ESP-1KG", quantity: 5)
        try await h.syncUntilSettled()
        #expect(try h.store.orderDetail(id).blockers == ["stock of KAFFEE-ESP-1KG is short: needs 5, 3 available"])
        try h.store.updateProduct(sku: "KAFFEE-ESP-1KG", ProductChange(stockOnHand: 10), actor: "test", at: h.clock.now)
        _ = await h.sync.runOnce()
        #expect(try h.store.orderDetail(id).local?.status == .processing)
    }

    @Test("Amazon-fulfilled orders are shown and never take the merchant's stock")
    func afnTakesNoStock() async throws {
        // R14
        let h = try SyncHarness()
        let id = try h.simulator.placeOrder(sku: "WAAGE-DIGI", quantity: 1, afn: true)
        try await h.syncUntilSettled()
        let detail = try h.store.orderDetail(id)
        #expect(detail.order.fulfillmentChannel == .amazon)
        #expect(detail.local?.takesStock == false)
        #expect(try h.entry("WAAGE-DIGI").stock.held == 0)
    }
}
