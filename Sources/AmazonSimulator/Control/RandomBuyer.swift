import Foundation
import GRDB

/// The simulator live at the wall clock's pace, for the demo console: one order at a time, placed now, each with
/// Amazon's usual future (a payment within minutes, now and then a failed fraud check, Amazon's own shipments).
/// Unlike `advance`, time is not moved: the caller decides when the next buyer comes.
extension AmazonSimulator {
    /// A buyer orders now: a random order from the listings (also SKUs the merchant's catalog does not know),
    /// with Amazon's plan for it. Returns its id.
    @discardableResult
    public func placeRandomOrder() throws -> String {
        try db.write { db in
            let now = try simulatedNow(db)
            try Scheduler.processDue(db, now: now)
            var account = try account(db)
            let listings = try ListingTable.all(db)
            guard !listings.isEmpty else { throw SimulatorError.unknownSKU("(no listings)") }
            var rng = SplitMix64(seed: account.rngState)
            let generator = OrderGenerator(listings: listings, marketplaces: account.marketplaceIds.compactMap(Marketplace.named))
            let (order, plan) = generator.randomOrder(&rng, at: now)
            let id = try OrderWriter.insert(db, order, plan: plan, until: now, rng: &rng, generator: generator)
            account.rngState = rng.next()
            try account.save(db)
            return id
        }
    }
}
