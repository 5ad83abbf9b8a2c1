import AmazonSimulator
import ChannelSync
import DemoData
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// The first run's working day, lived through the simulator's own control panel and the real sync: what it
/// leaves is what the domain's rules make of it, and a blocked order's fixes import it on the next sync.
@Suite("The demo's working day")
struct DemoDayTests {
    /// A fresh demo shop (the shipped catalog and listings), connected four days before `now`, the day staged.
    struct Shop {
        let folder: URL
        let clock: ManualClock
        let simulator: AmazonSimulator
        let store: MerchantStore
        let staged: DemoDay.Staged
        let sync: ChannelSync

        init() async throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-demo-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
            let catalog = try #require(try JSONSerialization.jsonObject(with: try DemoData.catalogJSON()) as? [String: Any])
            let entries = ((catalog["products"] as? [[String: Any]]) ?? []) + ((catalog["unlistedAmazonSkus"] as? [[String: Any]]) ?? [])
            let listings = entries.map {
                SimulatedListing(sku: $0["sku"] as! String, asin: $0["asin"] as! String, title: $0["title"] as! String,
                                 price: $0["price"] as! String, fba: $0["fba"] as? Bool ?? false)
            }
            let products = ((catalog["products"] as? [[String: Any]]) ?? []).map {
                Product(sku: $0["sku"] as! String, title: $0["title"] as! String, stockOnHand: $0["stock"] as? Int ?? 0,
                        enabled: $0["enabled"] as? Bool ?? true, asin: $0["asin"] as? String, fba: $0["fba"] as? Bool ?? false)
            }
            let markets = ["A1PA6795UKMFR9", "A1F83G8C2ARO7P", "A1VC38T7YXB528"]
            simulator = try AmazonSimulator.create(
                at: folder.appendingPathComponent("amazon.sqlite").path,
                account: SimulatedAccountSetup(sellerId: "A2DEMOSELLER01", marketplaceIds: markets, listings: listings, seed: 42),
                clock: clock, connectedAt: DemoDay.connectedAt(now: clock.now))
            store = try MerchantStore.open(at: folder.appendingPathComponent("merchant.sqlite").path)
            var settings = ChannelSettings(sellerId: "A2DEMOSELLER01", marketplaceIds: markets, connectedAt: try simulator.connectedAt)
            settings.demoTrading = true
            try store.initialize(settings: settings, products: products, at: try simulator.now)
            staged = try await DemoDay(simulator: simulator, store: store).stage(until: clock.now)
            let client = SellingPartnerClient(transport: simulator, clock: clock, rateLimits: .unlimited, backoff: BackoffPolicy(seed: 1))
            sync = ChannelSync(store: store, client: client, clock: clock)
        }
    }

    @Test("the day opens with work: a late order, one due within the hour, reservations, blocked orders, a return (R5, R9, R15)")
    func theDayHasWork() async throws {
        let shop = try await Shop()
        let now = shop.clock.now
        #expect(try shop.simulator.now == now, "the account's time is the wall clock's again")

        // R15: one order past its ship-by deadline, one due within the hour, both imported and waiting to ship.
        let late = try shop.store.orderDetail(shop.staged.late)
        #expect(late.local?.status == .processing)
        #expect(try #require(late.order.latestShipDate) < now)
        let due = try shop.store.orderDetail(shop.staged.dueWithinTheHour)
        let deadline = try #require(due.order.latestShipDate)
        #expect(deadline > now && deadline <= now.addingTimeInterval(3600))

        // R9: the pending orders reserve their stock, nothing imported while pending.
        let reserved = Set(try shop.store.reservations().map(\.amazonOrderId))
        #expect(reserved == Set(shop.staged.pending))
        for id in shop.staged.pending { #expect(try shop.store.orderDetail(id).local == nil) }

        // R5: three orders blocked, each for its own reason.
        #expect(try shop.store.orderDetail(shop.staged.unknownSku).blockers.compactMap(Blocker.init(description:)) == [.unknownSku("AMZ-LEGACY-TASSE")])
        #expect(try shop.store.orderDetail(shop.staged.shortOfStock).blockers.compactMap(Blocker.init(description:))
            == [.stockShort(sku: "MILCH-SCHAEUMER", needed: 1, available: 0)])
        #expect(try shop.store.orderDetail(shop.staged.disabledProduct).blockers.compactMap(Blocker.init(description:)) == [.productDisabled("GESCHENK-SET")])

        // A buyer's return waits for its refund; the merchant's shipments were confirmed at Amazon (R29).
        let refunds = try shop.store.refunds(of: shop.staged.returned)
        #expect(refunds.own.map(\.state) == [.requested])
        #expect(try shop.simulator.orderView(orderId: shop.staged.returned).packages.count == 1)
        #expect(try shop.store.outbox(includeDone: false).isEmpty, "everything the merchant did reached Amazon")

        // R2: the orders from before the connection are shown, never imported.
        let before = try shop.store.orders(filter: .importState(.beforeConnection), limit: 100)
        #expect(!before.isEmpty)
        #expect(before.allSatisfy { $0.localStatus == nil })
    }

    @Test("a blocked order's fixes, the command line's own operations, import it on the next sync (R5)")
    func fixesImportOnTheNextSync() async throws {
        let shop = try await Shop()
        let now = shop.clock.now
        try shop.store.mapSku(amazonSku: "AMZ-LEGACY-TASSE", to: "MUG-BLAU-350", actor: "test", at: now)
        _ = try shop.store.updateProduct(sku: "MILCH-SCHAEUMER", ProductChange(stockOnHand: 4), actor: "test", at: now)
        _ = try shop.store.updateProduct(sku: "GESCHENK-SET", ProductChange(enabled: true), actor: "test", at: now)
        for id in [shop.staged.unknownSku, shop.staged.shortOfStock, shop.staged.disabledProduct] {
            #expect(try shop.store.orderDetail(id).importState == .blocked, "not before the sync")
        }
        let outcome = await shop.sync.runOnce()
        #expect(outcome.error == nil)
        for id in [shop.staged.unknownSku, shop.staged.shortOfStock, shop.staged.disabledProduct] {
            let detail = try shop.store.orderDetail(id)
            #expect(detail.importState == .imported)
            #expect(detail.local?.status == .processing)
        }
    }
}

/// The demo console's trading step and Amazon's planned changes, as the demo day and the live demo use them.
@Suite("Simulated Amazon trading at the wall clock's pace")
struct DemoTradingStepTests {
    @Test("a random buyer orders now, without moving Amazon's time; a planned payment falls due when its time comes (R12)")
    func tradeAndPlan() async throws {
        let harness = try SyncHarness()
        let before = try harness.simulator.now
        let id = try harness.simulator.placeRandomOrder()
        #expect(try harness.simulator.now == before)
        #expect(try harness.simulator.orderView(orderId: id).createdTime == ISO8601DateFormatter().string(from: before))
        let pending = try harness.simulator.placeOrder(sku: "MUG-BLAU-350", pending: true)
        try harness.simulator.plan(.pay, orderId: pending, at: before.addingTimeInterval(60))
        #expect(try harness.simulator.orderView(orderId: pending).status == "PENDING")
        try harness.simulator.passTime(until: before.addingTimeInterval(61))
        #expect(try harness.simulator.orderView(orderId: pending).status == "UNSHIPPED")
        #expect(throws: (any Error).self) { try harness.simulator.plan(.pay, orderId: "000-0000000-0000000", at: before) }
    }
}
