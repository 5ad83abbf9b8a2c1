import Foundation
import GRDB

/// What `advance` did.
public struct SimulatedAdvance: Codable, Sendable, Equatable {
    public var from: String
    public var to: String
    public var ordersPlaced: Int
}

extension AmazonSimulator {
    /// Lets simulated Amazon live `minutes`: about 30 new orders an hour, spread over the span, and
    /// every payment, fraud cancel and shipment that falls due, each stamped with its own time.
    /// With a `seed` the span is the same on every run; without, the account's random state continues.
    /// `mix` sets the rate and the shape of the orders (`.established` for a benchmark's year of a real shop).
    @discardableResult
    public func advance(minutes: Int, seed: UInt64? = nil, mix: OrderMix = .demo) throws -> SimulatedAdvance {
        let (start, account, listings) = try db.write { db in
            let start = try simulatedNow(db)
            try Scheduler.processDue(db, now: start)
            return (start, try self.account(db), try ListingTable.all(db))
        }
        let end = start + Int64(max(0, minutes)) * 60
        var rng = SplitMix64(seed: seed ?? account.rngState)
        let generator = OrderGenerator(listings: listings, marketplaces: account.marketplaceIds.compactMap(Marketplace.named), mix: mix)
        let meanGap = 3_600 / mix.ordersPerHour
        let encoder = JSONEncoder()
        var arrival = Double(start)
        var placed = 0
        var finished = listings.isEmpty
        // One transaction per 5,000 orders: few fsyncs, yet no single giant transaction for a million.
        while !finished {
            try db.write { db in
                for _ in 0..<5_000 {
                    arrival += -Foundation.log(1 - rng.unit()) * meanGap   // Poisson arrivals, 30 an hour by default
                    if arrival > Double(end) { finished = true; return }
                    let at = Int64(arrival)
                    let (order, plan) = generator.randomOrder(&rng, at: at)
                    try OrderWriter.insert(db, order, plan: plan, until: end, rng: &rng, generator: generator, encoder: encoder)
                    placed += 1
                }
            }
        }
        try db.write { db in
            var account = try self.account(db)
            account.clockOffset += Double(end - start)
            account.rngState = rng.next()
            try account.save(db)
            try Scheduler.processDue(db, now: end)
        }
        return SimulatedAdvance(from: SimTime.iso(start), to: SimTime.iso(end), ordersPlaced: placed)
    }
}
