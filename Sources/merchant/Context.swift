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
        let stageDemo = demoDay && firstRun && !fm.fileExists(atPath: home.simulatorPath) && !fm.fileExists(atPath: AmazonConnection.path(home))
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
            try store.initialize(settings: settings, products: try demo.catalogProducts, shipFrom: try demo.shipFromAddress, at: try simulator.now)
            if stageDemo {
                print(tr("commands.demo.opening"))
                try DemoDay(simulator: simulator, store: store).stageBlocking(until: Date())
            }
        }
        // The merchant's own choice of language wins over the environment's.
        Language.startWith(try store.settings().language.language(in: ProcessInfo.processInfo.environment))
        return Context(home: home, store: store, simulator: simulator)
    }

    /// A sync against the in-process simulator, the connected account (`merchant connect`), or an SP-API endpoint
    /// over HTTP (`--endpoint`, which wins over the connection's). The connected account's Login with Amazon
    /// credentials win over a bare access token (`AccessTokenSource`), which is used only without them.
    func channelSync(endpoint: String?, rateLimits: RateLimitPolicy = .documented) throws -> ChannelSync {
        let connection = try AmazonConnection.load(home: home)
        let clock = SimulatedTimeClock(simulator: simulator)
        let transport: any HTTPTransport
        if let endpoint {
            guard let url = URL(string: endpoint), url.scheme == "http" || url.scheme == "https" else {
                throw Refusal(tr("commands.endpoint.not-url", endpoint))
            }
            transport = URLSessionTransport(baseURL: url)
        } else if let connection {
            transport = URLSessionTransport(baseURL: connection.endpointURL)
        } else {
            transport = simulator
        }
        let tokens: (any AccessTokenProvider)?
        if let connection {
            guard let credentials = try LWACredentialsFile.load(home: home) else {
                throw Refusal(tr("commands.credentials.missing", connection.sellerId, home.url.path))
            }
            tokens = LWATokenSource(credentials: credentials, tokenEndpoint: connection.tokenEndpointURL,
                                    transport: URLSessionTransport(baseURL: connection.tokenEndpointURL), clock: clock)
        } else {
            tokens = try AccessTokenSource.resolve(home: home).map(FixedAccessToken.init)
        }
        let client = SellingPartnerClient(transport: transport, clock: clock, tokens: tokens, rateLimits: rateLimits)
        return ChannelSync(store: store, client: client, clock: clock)
    }

    /// A real account is connected (`merchant connect`): no demo day, no demo trading.
    var isConnected: Bool { FileManager.default.fileExists(atPath: AmazonConnection.path(home)) }
}

/// The account's clock for the client's rate limits and the store's timestamps: the simulator's
/// time, which flows with the wall clock; sleeping really waits.
struct SimulatedTimeClock: ClockSource {
    let simulator: AmazonSimulator
    var now: Date { (try? simulator.now) ?? Date() }
    func sleep(seconds: Double) async throws { try await SystemClock().sleep(seconds: seconds) }
}
