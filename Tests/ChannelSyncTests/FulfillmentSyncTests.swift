import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

@Suite("Fulfillment by Amazon for the shop's own orders")
struct FulfillmentSyncTests {
    static let address = PostalAddress(name: "山田太郎", lines: ["1-2-3 丸の内"], city: "東京", postalCode: "1000005", region: nil, countryCode: "JP")

    func shopOrder(_ h: SyncHarness, _ lines: [(sku: String, quantity: Int)]) throws -> ShopOrder {
        try h.store.createShopOrder(ShopOrderRequest(buyerName: "山田太郎", address: Self.address, lines: lines), actor: "test", at: h.clock.now)
    }

    /// Syncs until Amazon has shipped what it fulfils (Received → Complete takes it six hours).
    func syncUntilShipped(_ h: SyncHarness) async throws {
        try await h.syncUntilSettled()
        h.clock.advance(seconds: 7 * 3_600)
        try await h.syncUntilSettled()
    }

    @Test("a shop order of FBA products goes to Amazon on the next sync and comes back shipped with Amazon's tracking")
    func fbaShopOrderFulfilledByAmazon() async throws {
        // R26
        let h = try SyncHarness()
        try await h.syncUntilSettled()  // reads Amazon's stock
        let onHand = try h.entry("WAAGE-DIGI").stock.onHand
        let order = try shopOrder(h, [("WAAGE-DIGI", 2)])
        #expect(order.fulfilledBy == .amazon && order.fulfillment?.status == "sending")
        #expect(try h.entry("WAAGE-DIGI").stock.held == 0)  // Amazon's stock, not the merchant's
        try await h.syncUntilSettled()
        #expect(try h.simulator.fulfillmentOrders().map(\.status) == ["Received"])
        #expect(try h.store.shopOrder(order.reference).fulfillment?.status == "Received")
        try await syncUntilShipped(h)
        let shipped = try h.store.shopOrder(order.reference)
        #expect(shipped.status == .shipped)
        #expect(shipped.fulfillment?.status == "Complete")
        #expect(shipped.fulfillment?.trackingNumber?.hasPrefix("TBA") == true)
        #expect(try h.simulator.fbaFulfillable(sku: "WAAGE-DIGI") == 58)
        #expect(try h.entry("WAAGE-DIGI").stock.onHand == onHand)
    }

    @Test("what Amazon's stock cannot fill is not sent: the order stays with the merchant, with the reason")
    func unfillableStaysWithMerchant() async throws {
        // R27
        let h = try SyncHarness()
        try h.simulator.setFBAStock(sku: "WAAGE-DIGI", quantity: 1)
        let order = try shopOrder(h, [("WAAGE-DIGI", 2)])
        try await h.syncUntilSettled()
        let kept = try h.store.shopOrder(order.reference)
        #expect(kept.fulfilledBy == .merchant)
        #expect(kept.note == "Amazon cannot fulfil it: Amazon holds 1 of WAAGE-DIGI, 2 needed")
        #expect(try h.simulator.fulfillmentOrders().isEmpty)
        #expect(try h.entry("WAAGE-DIGI").stock.held == 2)  // now it holds the merchant's own stock
        try h.store.shipShopOrder(order.reference, carrier: try Carrier.parse("DHL Express"), trackingNumber: "3318810025", actor: "test", at: h.clock.now)
        #expect(try h.store.shopOrder(order.reference).status == .shipped)
    }

    @Test("an order Amazon's last-read stock cannot fill is the merchant's from the start: never announced as Amazon's")
    func knownShortStockIsTheMerchantsAtOnce() async throws {
        // R27: the console refuses to send what Amazon cannot fill, and says so when the order is entered.
        let h = try SyncHarness()
        try await h.syncUntilSettled()  // reads Amazon's stock
        let fulfillable = try #require(try h.entry("WAAGE-DIGI").fbaStock?.fulfillable)
        let order = try shopOrder(h, [("WAAGE-DIGI", fulfillable + 40)])
        #expect(order.fulfilledBy == .merchant)
        #expect(order.fulfillment == nil)
        #expect(order.note == "Amazon cannot fulfil it: Amazon holds \(fulfillable) of WAAGE-DIGI, \(fulfillable + 40) needed")
        #expect(try h.store.openOutbox(kind: .fulfillment).isEmpty)
        #expect(try h.entry("WAAGE-DIGI").stock.held == fulfillable + 40)
        let logged = try h.store.activity(limit: 5).first { $0.subject == order.reference }
        #expect(logged?.message.contains("Amazon cannot fulfil it") == true)
        #expect(logged?.message.contains("(FBA)") == false)
    }

    @Test("the merchant cannot ship more units than the shelf holds: refused, nothing changed, until the stock is set")
    func shippingMoreThanOnHandIsRefused() async throws {
        // R5, R25, R30: units that were never on the shelf are not confirmed shipped, and no stock vanishes.
        let h = try SyncHarness()
        try h.simulator.setFBAStock(sku: "WAAGE-DIGI", quantity: 59)
        try await h.syncUntilSettled()
        let order = try shopOrder(h, [("WAAGE-DIGI", 100)])
        let onHand = try h.entry("WAAGE-DIGI").stock.onHand
        #expect(onHand < 100)
        #expect(try h.store.refusalToShipShopOrder(order.reference) == "\(order.reference) needs 100 of WAAGE-DIGI, but only \(onHand) are on hand: set the stock of WAAGE-DIGI when the units are in, then ship it")
        #expect(throws: StoreError.self) {
            try h.store.shipShopOrder(order.reference, carrier: try Carrier.parse("DHL Express"), trackingNumber: "3318810025", actor: "test", at: h.clock.now)
        }
        #expect(try h.store.shopOrder(order.reference).status == .processing)
        #expect(try h.entry("WAAGE-DIGI").stock == StockLevel(onHand: onHand, reserved: 0, held: 100))

        try h.store.updateProduct(sku: "WAAGE-DIGI", ProductChange(stockOnHand: 120), actor: "test", at: h.clock.now)
        #expect(try h.store.refusalToShipShopOrder(order.reference) == nil)
        try h.store.shipShopOrder(order.reference, carrier: try Carrier.parse("DHL Express"), trackingNumber: "3318810025", actor: "test", at: h.clock.now)
        #expect(try h.store.shopOrder(order.reference).status == .shipped)
        #expect(try h.entry("WAAGE-DIGI").stock == StockLevel(onHand: 20, reserved: 0, held: 0))
    }

    @Test("a shop order kept back is said to be not sent, not refused by Amazon, and is listed with its reason for a week")
    func keptBackIsNotSentNotRefusedByAmazon() async throws {
        // R27: the console refused it before sending; Amazon never saw it.
        let h = try SyncHarness()
        try h.simulator.setFBAStock(sku: "WAAGE-DIGI", quantity: 1)
        let order = try shopOrder(h, [("WAAGE-DIGI", 2)])
        let outcome = await h.sync.runOnce()
        #expect(outcome.notSent == 1 && outcome.refused == 0)
        #expect(outcome.summary.contains("1 not sent") && !outcome.summary.contains("refused by Amazon"))
        #expect(outcome.news.contains("1 not sent to Amazon (see Outbox)"))
        let listed = try h.store.outbox(includeDone: false, failedSince: OutboxMessage.failuresShownSince(h.clock.now))
        let message = try #require(listed.first { $0.kind == .fulfillment && $0.subject == order.reference })
        #expect(message.refusedBy == .console)
        #expect(OutboxWords.state(of: message) == "not sent")
        #expect(message.lastErrorInMerchantsWords == "Amazon cannot fulfil it: Amazon holds 1 of WAAGE-DIGI, 2 needed")
        #expect(try h.store.outboxRefusals(since: OutboxMessage.failuresShownSince(h.clock.now)) == (byAmazon: 0, byConsole: 1))
        h.clock.advance(seconds: OutboxMessage.failuresShownFor + 60)
        #expect(try h.store.outbox(includeDone: false, failedSince: OutboxMessage.failuresShownSince(h.clock.now)).contains { $0.id == message.id } == false)
    }

    @Test("a stock never read is not none: a push before the sync's FBA stock read leaves the order waiting, the sync then sends it")
    func unreadStockWaits() async throws {
        // R27: only what Amazon's stock cannot fill stays with the merchant; the sync's parts run side by side, so
        // its push may come before its read of Amazon's stock.
        let h = try SyncHarness()
        #expect(try h.store.product(sku: "WAAGE-DIGI")?.fbaStock == nil)
        let order = try shopOrder(h, [("WAAGE-DIGI", 2)])
        _ = try await h.sync.push()  // the push alone: Amazon's stock not read yet
        let waiting = try h.store.shopOrder(order.reference)
        #expect(waiting.fulfilledBy == .amazon && waiting.fulfillment?.status == "sending")
        #expect(try h.simulator.fulfillmentOrders().isEmpty)
        try await h.syncUntilSettled()
        #expect(try h.simulator.fulfillmentOrders().map(\.status) == ["Received"])
    }

    @Test("Amazon's preview refuses what its stock cannot fill even when the last read said otherwise")
    func previewRefuses() async throws {
        // R27
        let h = try SyncHarness()
        try await h.syncUntilSettled()
        let order = try shopOrder(h, [("WAAGE-DIGI", 3)])
        try h.simulator.setFBAStock(sku: "WAAGE-DIGI", quantity: 2)
        _ = try await h.sync.push()  // the push alone: the store still believes 60
        #expect(try h.store.shopOrder(order.reference).note?.contains("WAAGE-DIGI: InventoryUnavailable") == true)
        #expect(try h.simulator.fulfillmentOrders().isEmpty)
    }

    @Test("a mixed order is kept whole with the merchant, and says why")
    func mixedOrderKeptManual() throws {
        // R26
        let h = try SyncHarness()
        let order = try shopOrder(h, [("WAAGE-DIGI", 1), ("MUG-BLAU-350", 1)])
        #expect(order.fulfilledBy == .merchant)
        #expect(order.note?.hasPrefix("mixed order: WAAGE-DIGI is FBA, MUG-BLAU-350 is not") == true)
        #expect(try h.store.openOutbox(kind: .fulfillment).isEmpty)
    }

    @Test("a crash between sending a fulfillment order and recording it makes no second order at Amazon")
    func crashMakesNoSecondOrder() async throws {
        // R29, R26
        // Every answer to the create is lost until the first sync has given up, as after a crash.
        let lossy = Mutex<LosingTransport?>(nil)
        let h = try SyncHarness(transport: { sim in
            let t = LosingTransport(sim, times: nil, matches: LosingTransport.createFulfillmentOrder)
            lossy.withLock { $0 = t }
            return t
        })
        try await h.syncUntilSettled()
        let order = try shopOrder(h, [("WAAGE-DIGI", 1)])
        let first = await h.sync.runOnce()
        #expect(first.error != nil)
        // The outbox is pushed more than once in a sync now: the later push finds the order at Amazon instead of sending it again.
        #expect(try h.simulator.fulfillmentOrders().map(\.id) == [order.reference])
        lossy.withLock { $0?.stop() }
        try await syncUntilShipped(h)
        #expect(try h.simulator.fulfillmentOrders().map(\.id) == [order.reference])
        #expect(try h.simulator.fbaFulfillable(sku: "WAAGE-DIGI") == 59)
        #expect(try h.store.shopOrder(order.reference).status == .shipped)
    }

    @Test("the merchant can take an order back while Amazon has not started; not once it is processing")
    func cancelBeforeProcessing() async throws {
        // R26
        let h = try SyncHarness()
        try await h.syncUntilSettled()
        let early = try shopOrder(h, [("WAAGE-DIGI", 1)])
        let late = try shopOrder(h, [("WAAGE-DIGI", 1)])
        try await h.syncUntilSettled()
        try h.store.cancelFulfillment(early.reference, actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        #expect(try h.simulator.fulfillmentOrders().first { $0.id == early.reference }?.status == "Cancelled")
        let back = try h.store.shopOrder(early.reference)
        #expect(back.fulfilledBy == .merchant && back.fulfillment?.status == "Cancelled")
        h.clock.advance(seconds: 3 * 3_600)
        try await h.syncUntilSettled()
        #expect(throws: StoreError.self) { try h.store.cancelFulfillment(late.reference, actor: "test", at: h.clock.now) }
        #expect(throws: StoreError.self) {
            try h.store.shipShopOrder(late.reference, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567127", actor: "test", at: h.clock.now)
        }
    }
}
