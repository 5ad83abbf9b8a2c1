import AmazonSimulator
import ChannelSync
import DemoData
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// What a command works with: the store, simulated Amazon, and the account's clock.
struct Context {
    let home: Home
    let store: MerchantStore
    let simulator: AmazonSimulator

    /// The account's time: the simulator's, which `sim advance` moves ahead of the wall clock.
    var now: Date { (try? simulator.now) ?? Date() }

    /// Opens the data folder, creating it with the demo catalog and a connected simulated account on first use.
    /// `demoDay`: a new folder opens in the middle of a working day (the console's first run, `DemoDay`);
    /// otherwise a new account is connected now with nothing to do, as scripts and tests expect.
    static func open(demoDay: Bool = false) throws -> Context {
        let home = Home.resolve()
        try home.ensureFolder()
        let fm = FileManager.default
        let firstRun = !fm.fileExists(atPath: home.storePath)
        let stageDemo = demoDay && firstRun && !fm.fileExists(atPath: home.simulatorPath)
        let simulator: AmazonSimulator
        if fm.fileExists(atPath: home.simulatorPath) {
            simulator = try AmazonSimulator.open(at: home.simulatorPath, clock: SystemClock())
        } else {
            let demo = try DemoCatalog.load()
            let listings = (demo.products + demo.unlistedAmazonSkus).map {
                SimulatedListing(sku: $0.sku, asin: $0.asin, title: $0.title, price: $0.price, fba: $0.fba ?? false)
            }
            simulator = try AmazonSimulator.create(
                at: home.simulatorPath,
                account: SimulatedAccountSetup(sellerId: demo.sellerId, marketplaceIds: demo.marketplaceIds, listings: listings, seed: 42),
                clock: SystemClock(), connectedAt: stageDemo ? DemoDay.connectedAt(now: Date()) : nil)
        }
        let store = try MerchantStore.open(at: home.storePath)
        let initialized = try store.isInitialized()
        if firstRun || !initialized {
            let demo = try DemoCatalog.load()
            var settings = ChannelSettings(sellerId: demo.sellerId, marketplaceIds: demo.marketplaceIds, connectedAt: try simulator.connectedAt)
            if stageDemo { settings.demoTrading = true }
            try store.initialize(settings: settings, products: demo.catalogProducts, at: try simulator.now)
            if stageDemo {
                print("Opening the demo shop: simulated Amazon lives its last four days…")
                try DemoDay(simulator: simulator, store: store).stageBlocking(until: Date())
            }
        }
        return Context(home: home, store: store, simulator: simulator)
    }

    /// A sync against the in-process simulator, or an SP-API endpoint over HTTP.
    func channelSync(endpoint: String?, rateLimits: RateLimitPolicy = .documented) throws -> ChannelSync {
        let transport: any HTTPTransport
        if let endpoint {
            guard let url = URL(string: endpoint), url.scheme == "http" || url.scheme == "https" else {
                throw Refusal("\"\(endpoint)\" is not an endpoint URL: write it like http://127.0.0.1:8080")
            }
            transport = URLSessionTransport(baseURL: url)
        } else {
            transport = simulator
        }
        let token = try AccessTokenSource.resolve(home: home)
        let client = SellingPartnerClient(transport: transport, clock: SimulatedTimeClock(simulator: simulator), accessToken: token, rateLimits: rateLimits)
        return ChannelSync(store: store, client: client, clock: SimulatedTimeClock(simulator: simulator))
    }
}

/// The account's clock for the client's rate limits and the store's timestamps: the simulator's
/// time, which flows with the wall clock; sleeping really waits.
struct SimulatedTimeClock: ClockSource {
    let simulator: AmazonSimulator
    var now: Date { (try? simulator.now) ?? Date() }
    func sleep(seconds: Double) async throws { try await SystemClock().sleep(seconds: seconds) }
}
