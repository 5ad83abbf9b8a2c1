import Foundation
import GRDB
import SellingPartnerAPI
import Synchronization

/// The simulated Amazon account: persistent state in its own SQLite file, a seeded order generator
/// on a simulated clock, and SP-API endpoints answered in process (`send`) or over HTTP (`SimulatorServer`).
///
///     let amazon = try AmazonSimulator.create(at: path, account: setup, clock: ManualClock())
///     _ = try amazon.advance(minutes: 60)
///     let answer = try await amazon.send(HTTPRequest(method: "GET", path: "/orders/2026-01-01/orders", query: ...))
public final class AmazonSimulator: HTTPTransport, Sendable {
    let db: DatabaseQueue
    let clock: any ClockSource
    /// The simulator's SQLite file.
    public let path: String
    /// Login with Amazon's side: whose tokens are accepted, and the tokens issued (`acceptLWA`).
    let lwa = Mutex(LWAState())
    /// The requests answered, when a soak asks for them (`recordCalls`).
    let callRecord = CallRecord()

    private init(db: DatabaseQueue, clock: any ClockSource, path: String) {
        self.db = db
        self.clock = clock
        self.path = path
    }

    /// Creates a new account file at `path`, connected now, with ~15 orders placed before the connection (R2).
    /// With `connectedAt` in the past the account's time starts there (the demo's working day is then lived
    /// forward to now through `passTime`); its time flows with the clock from there.
    public static func create(at path: String, account setup: SimulatedAccountSetup, clock: any ClockSource,
                              connectedAt: Date? = nil) throws -> AmazonSimulator {
        let queue = try SimulatorDatabase.open(at: path)
        let simulator = AmazonSimulator(db: queue, clock: clock, path: path)
        try queue.write { db in
            guard try AccountRecord.load(db) == nil else { throw SimulatorError.alreadyExists(path) }
            for id in setup.marketplaceIds where Marketplace.named(id) == nil { throw SimulatorError.unknownMarketplace(id) }
            let startsInPast = connectedAt.map { $0.timeIntervalSince1970 - clock.now.timeIntervalSince1970 } ?? 0
            let connectedAt = Int64((connectedAt ?? clock.now).timeIntervalSince1970.rounded(.down))
            var rng = SplitMix64(seed: setup.seed)
            for listing in setup.listings { try ListingTable.insert(db, listing) }
            let generator = OrderGenerator(listings: setup.listings, marketplaces: setup.marketplaceIds.compactMap(Marketplace.named))
            if !setup.listings.isEmpty {
                for _ in 0..<15 {
                    let placedAt = connectedAt - Int64(rng.int(86_400...864_000))
                    let (order, _) = generator.randomOrder(&rng, at: placedAt)
                    let plan = generator.backfillPlan(&rng, placedAt: placedAt, afn: order.afn)
                    try OrderWriter.insert(db, order, plan: plan, until: connectedAt, rng: &rng, generator: generator)
                }
            }
            try AccountRecord(sellerId: setup.sellerId, marketplaceIds: setup.marketplaceIds, connectedAt: connectedAt,
                              clockOffset: min(0, startsInPast), seed: setup.seed, rngState: rng.state, throttling: true).save(db)
        }
        return simulator
    }

    /// Opens an existing account file.
    public static func open(at path: String, clock: any ClockSource) throws -> AmazonSimulator {
        guard FileManager.default.fileExists(atPath: path) else { throw SimulatorError.notASimulatorFile(path) }
        let queue = try SimulatorDatabase.open(at: path)
        guard try queue.read({ try AccountRecord.load($0) }) != nil else { throw SimulatorError.notASimulatorFile(path) }
        return AmazonSimulator(db: queue, clock: clock, path: path)
    }

    /// The simulated Amazon's current time: the clock plus how far `advance` has moved it.
    public var now: Date {
        get throws { Date(timeIntervalSince1970: try db.read { try self.preciseNow($0) }) }
    }

    func account(_ db: Database) throws -> AccountRecord {
        guard let account = try AccountRecord.load(db) else { throw SimulatorError.notASimulatorFile(path) }
        return account
    }

    func preciseNow(_ db: Database) throws -> Double {
        clock.now.timeIntervalSince1970 + (try account(db).clockOffset)
    }

    /// Now in whole seconds, as order times are kept.
    func simulatedNow(_ db: Database) throws -> Int64 { Int64(try preciseNow(db).rounded(.down)) }
}
