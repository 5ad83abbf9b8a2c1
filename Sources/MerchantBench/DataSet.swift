import AmazonSimulator
import ChannelSync
import DemoData
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// The benchmark's store: a year of a real shop made by the simulator and brought home by the real sync
/// (throttling off), cached under `.build/bench-data/<version>-<orders>` so reruns skip the generation.
struct DataSet {
    /// Bump when the generator, the sync or the schema changes what a cached data set holds.
    static let version = "v3"

    let folder: URL
    var meta: Meta
    /// The cache's folder under `.build/bench-data` (the version and the orders asked for).
    var folderName: String

    var storePath: String { folder.appendingPathComponent("merchant.sqlite").path }
    var simulatorPath: String { folder.appendingPathComponent("amazon-simulator.sqlite").path }

    /// What the generation measured and what the data looks like.
    struct Meta: Codable {
        var version: String
        var orders: Int
        var builtAt: Date
        var simulatorSeconds: Double
        /// The sync after each simulated week: orders it brought (new and updated) and how long it took.
        var syncRuns: [SyncRun]
        var itemsPerOrder: Double
        var linesPerOrder: Double
        var statusMix: [String: Int]
        var importMix: [String: Int]
        var scriptMix: [String: Int]
        var storeBytes: Int64
        var generatorChange: String
    }

    struct SyncRun: Codable {
        var new: Int
        var updated: Int
        var pages: Int
        var seconds: Double
        /// Of `seconds`, the time the simulator took to answer (Amazon's side of the wire).
        var simulatorSeconds: Double
    }

    /// The cached data set for `orders`, building it first when it is missing.
    static func prepare(orders: Int, root: URL) throws -> (DataSet, cached: Bool) {
        let folder = root.appendingPathComponent("\(version)-\(orders)")
        let metaURL = folder.appendingPathComponent("meta.json")
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        if let data = try? Data(contentsOf: metaURL), let meta = try? decoder.decode(Meta.self, from: data) {
            return (DataSet(folder: folder, meta: meta, folderName: folder.lastPathComponent), true)
        }
        let building = root.appendingPathComponent("building-\(version)-\(orders)")
        try? FileManager.default.removeItem(at: building)
        try FileManager.default.createDirectory(at: building, withIntermediateDirectories: true)
        var meta = try build(orders: orders, in: building)
        meta.storeBytes = fileSize(building.appendingPathComponent("merchant.sqlite").path)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(meta).write(to: building.appendingPathComponent("meta.json"))
        try? FileManager.default.removeItem(at: folder)
        try FileManager.default.moveItem(at: building, to: folder)
        return (DataSet(folder: folder, meta: meta, folderName: folder.lastPathComponent), false)
    }

    /// A fresh copy of the cached files for the run, which writes to them (sync, settings, placed orders).
    func workingCopy(in root: URL) throws -> DataSet {
        let copy = root.appendingPathComponent("run")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            try Shell.run("cp", ["--reflink=auto", folder.appendingPathComponent(name).path, copy.appendingPathComponent(name).path])
        }
        return DataSet(folder: copy, meta: meta, folderName: folderName)
    }

    // MARK: building

    /// The shop's catalog: the demo products, all enabled and stocked for a year, and the two unlisted Amazon
    /// SKUs mapped to products, as a merchant a year in has done (else a fifth of all orders would be blocked).
    private static func build(orders: Int, in folder: URL) throws -> Meta {
        let demo = try JSONDecoder().decode(DemoCatalogFile.self, from: try DemoData.catalogJSON())
        let listings = (demo.products + demo.unlistedAmazonSkus).map {
            SimulatedListing(sku: $0.sku, asin: $0.asin, title: $0.title, price: $0.price, fba: $0.fba ?? false)
        }
        let simulator = try AmazonSimulator.create(
            at: folder.appendingPathComponent("amazon-simulator.sqlite").path,
            account: SimulatedAccountSetup(sellerId: demo.sellerId, marketplaceIds: demo.marketplaceIds, listings: listings, seed: 42),
            clock: SystemClock())
        try simulator.setThrottling(enabled: false)
        let store = try MerchantStore.open(at: folder.appendingPathComponent("merchant.sqlite").path)
        let products = demo.products.map {
            Product(sku: $0.sku, title: $0.title, stockOnHand: 10_000_000, enabled: true, asin: $0.asin, fba: $0.fba ?? false)
        }
        let connected = try simulator.connectedAt
        try store.initialize(settings: ChannelSettings(sellerId: demo.sellerId, marketplaceIds: demo.marketplaceIds, connectedAt: connected),
                             products: products, at: connected)
        try store.mapSku(amazonSku: "AMZ-LEGACY-TASSE", to: "MUG-BLAU-350", actor: "bench", at: connected)
        try store.mapSku(amazonSku: "AMZ-BUNDLE-3", to: "TEE-GRUEN-500", actor: "bench", at: connected)

        let (sync, transport) = realSync(store: store, simulator: simulator)
        let mix = OrderMix.established(ordersPerHour: Double(orders) / (365 * 24))
        var simulatorSeconds = 0.0
        var runs: [SyncRun] = []
        // A year in weekly steps: Amazon lives a week, then the sync brings it home.
        let days = [Int](repeating: 7, count: 52) + [1]
        for (week, span) in days.enumerated() {
            let t0 = ContinuousClock.now
            try simulator.advance(minutes: span * 1_440, seed: 1_000 + UInt64(week), mix: mix)
            simulatorSeconds += seconds(since: t0)
            let t1 = ContinuousClock.now
            _ = transport.takeSeconds()
            let outcome = runSync(sync)
            let elapsed = seconds(since: t1)
            if let error = outcome.error { throw Shell.Failure(description: "the sync stopped: \(error)") }
            runs.append(SyncRun(new: outcome.orders.new, updated: outcome.orders.updated, pages: outcome.pages, seconds: elapsed,
                                simulatorSeconds: transport.takeSeconds()))
            let total = runs.reduce(0) { $0 + $1.new }
            let answering = runs[runs.count - 1].simulatorSeconds
            say("week \(week + 1)/\(days.count): \(total) orders in the store; this sync \(outcome.orders.new) new, \(outcome.orders.updated) updated in \(String(format: "%.1f", elapsed)) s (\(Int(Double(outcome.orders.new + outcome.orders.updated) / elapsed)) orders/s; the simulator answered in \(String(format: "%.1f", answering)) s)")
        }
        var meta = try describe(store: store)
        meta.simulatorSeconds = simulatorSeconds
        meta.syncRuns = runs
        return meta
    }

    /// The real sync over the in-process simulator, throttling off, with the simulator's answering timed apart.
    static func realSync(store: MerchantStore, simulator: AmazonSimulator) -> (ChannelSync, TimedTransport) {
        let clock = SimulatorClock(simulator: simulator)
        let transport = TimedTransport(simulator)
        let client = SellingPartnerClient(transport: transport, clock: clock, rateLimits: .unlimited)
        return (ChannelSync(store: store, client: client, clock: clock), transport)
    }

    /// Runs one sync to its end from synchronous code.
    static func runSync(_ sync: ChannelSync) -> SyncOutcome {
        nonisolated(unsafe) var outcome = SyncOutcome()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            outcome = await sync.runOnce()
            done.signal()
        }
        done.wait()
        return outcome
    }

    /// Counts what the store holds: orders, units and lines per order, statuses, import states, scripts of buyer names.
    static func describe(store: MerchantStore) throws -> Meta {
        let path = store.path
        func query(_ sql: String) throws -> [[String]] {
            try Shell.sqlite3(["-readonly", "-separator", "\t", path, sql])
                .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        }
        let totals = try query("SELECT count(*), avg(itemCount), (SELECT count(*) FROM amazonOrderItem) * 1.0 / count(*) FROM amazonOrder")[0]
        var statuses: [String: Int] = [:], imports: [String: Int] = [:]
        for row in try query("SELECT status, count(*) FROM amazonOrder GROUP BY status") { statuses[row[0]] = Int(row[1]) }
        for row in try query("SELECT importState, count(*) FROM amazonOrder GROUP BY importState") { imports[row[0]] = Int(row[1]) }
        var scripts: [String: Int] = [:]
        for row in try query("SELECT buyerName FROM amazonOrder WHERE buyerName IS NOT NULL") {
            scripts[script(of: row.first ?? ""), default: 0] += 1
        }
        return Meta(version: version, orders: Int(totals[0]) ?? 0, builtAt: Date(), simulatorSeconds: 0, syncRuns: [],
                    itemsPerOrder: Double(totals[1]) ?? 0, linesPerOrder: Double(totals[2]) ?? 0,
                    statusMix: statuses, importMix: imports, scriptMix: scripts, storeBytes: 0,
                    generatorChange: "OrderMix.established: 1–4 lines (38/30/20/12 %), 1–3 units a line (78/16/6 %), MFN orders shipped by the merchant 2–30 h after payment; Poisson rate = orders / 8,760 h")
    }

    static func script(of name: String) -> String {
        for scalar in name.unicodeScalars {
            switch scalar.value {
            case 0x0E00...0x0E7F: return "Thai"
            case 0x3040...0x30FF, 0x4E00...0x9FFF: return "Japanese"
            default: continue
            }
        }
        return name.unicodeScalars.contains { $0.value > 0x7F && $0.properties.isAlphabetic } ? "Latin with diacritics" : "Latin (ASCII)"
    }

    static func fileSize(_ path: String) -> Int64 {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.int64Value ?? 0
    }
}

/// The simulator's time, which runs with the wall clock; sleeping really waits.
struct SimulatorClock: ClockSource {
    let simulator: AmazonSimulator
    var now: Date { (try? simulator.now) ?? Date() }
    func sleep(seconds: Double) async throws { try await SystemClock().sleep(seconds: seconds) }
}

/// `Resources/DemoCatalog.json`.
struct DemoCatalogFile: Decodable {
    struct Entry: Decodable {
        var sku: String
        var title: String
        var asin: String
        var price: String
        var fba: Bool?
    }
    var sellerId: String
    var marketplaceIds: [String]
    var products: [Entry]
    var unlistedAmazonSkus: [Entry]
}
