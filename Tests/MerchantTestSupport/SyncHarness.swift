import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// A merchant store and a simulated Amazon on one manual clock, in a fresh folder.
/// The client sleeps on the same clock, so honouring a rate limit lets Amazon's time pass.
public struct SyncHarness: Sendable {
    public let folder: URL
    public let clock: ManualClock
    public let simulator: AmazonSimulator
    public let store: MerchantStore
    public let client: SellingPartnerClient
    public let sync: ChannelSync

    public static let listings = [
        SimulatedListing(sku: "MUG-BLAU-350", asin: "B0DEMO0001", title: "Kaffeebecher Blau 350 ml", price: "12.90", fba: false),
        SimulatedListing(sku: "TEE-GRUEN-500", asin: "B0DEMO0003", title: "Grüner Tee Sencha 500 g", price: "18.50", fba: false),
        SimulatedListing(sku: "KAFFEE-ESP-1KG", asin: "B0DEMO0011", title: "Espressobohnen 1 kg", price: "21.90", fba: false),
        SimulatedListing(sku: "WAAGE-DIGI", asin: "B0DEMO0012", title: "Digitale Kaffeewaage", price: "29.90", fba: true),
        SimulatedListing(sku: "AMZ-LEGACY-TASSE", asin: "B0DEMO0090", title: "Tasse (alte Listung)", price: "11.00", fba: false),
    ]

    public static let catalog = [
        Product(sku: "MUG-BLAU-350", title: "Kaffeebecher Blau 350 ml", stockOnHand: 40, asin: "B0DEMO0001"),
        Product(sku: "TEE-GRUEN-500", title: "Grüner Tee Sencha 500 g", stockOnHand: 60, asin: "B0DEMO0003"),
        Product(sku: "KAFFEE-ESP-1KG", title: "Espressobohnen 1 kg", stockOnHand: 3, asin: "B0DEMO0011"),
        Product(sku: "WAAGE-DIGI", title: "Digitale Kaffeewaage", stockOnHand: 15, asin: "B0DEMO0012", fba: true),
    ]

    public init(transport wrap: (AmazonSimulator) -> any HTTPTransport = { $0 }, rateLimits: RateLimitPolicy = .documented, listings: [SimulatedListing] = listings) throws {
        folder = try Temporary.folder("merchant-sync")
        clock = ManualClock(Date(timeIntervalSince1970: 1_790_000_000))
        simulator = try AmazonSimulator.create(
            at: folder.appendingPathComponent("amazon.sqlite").path,
            account: SimulatedAccountSetup(sellerId: "A2DEMOSELLER01", marketplaceIds: ["A1PA6795UKMFR9"], listings: listings, seed: 7),
            clock: clock)
        // Two readers, not the console's five: a test run keeps a hundred stores open, each reader holding two files.
        store = try MerchantStore.open(at: folder.appendingPathComponent("merchant.sqlite").path, readers: 2)
        try store.initialize(
            settings: ChannelSettings(sellerId: "A2DEMOSELLER01", marketplaceIds: ["A1PA6795UKMFR9"], connectedAt: try simulator.connectedAt),
            products: Self.catalog, at: clock.now)
        client = SellingPartnerClient(transport: wrap(simulator), clock: clock, rateLimits: rateLimits, backoff: BackoffPolicy(seed: 1))
        sync = ChannelSync(store: store, client: client, clock: clock)
    }

    /// Syncs, then lets a few minutes pass and syncs again so that Amazon has processed the feeds.
    @discardableResult
    public func syncUntilSettled() async throws -> SyncOutcome {
        var last = await sync.runOnce()
        if let error = last.error { throw SyncTestError(error) }
        for _ in 0..<2 {
            clock.advance(seconds: 180)
            last = await sync.runOnce()
            if let error = last.error { throw SyncTestError(error) }
        }
        return last
    }

    public func entry(_ sku: String) throws -> CatalogEntry {
        guard let e = try store.product(sku: sku) else { throw SyncTestError("no product \(sku)") }
        return e
    }

    /// Every order in the store, newest first.
    public func allOrders() throws -> [OrderSummary] {
        var all: [OrderSummary] = []
        var cursor: OrderCursor?
        while true {
            let page = try store.orders(after: cursor, limit: 200)
            all += page
            guard let last = page.last, page.count == 200 else { return all }
            cursor = MerchantStore.cursor(after: last, sort: .newest)
        }
    }
}

public struct SyncTestError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
