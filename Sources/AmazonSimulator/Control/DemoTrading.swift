import Foundation
import GRDB

/// What Amazon does to an order later, when a test or the demo's working day plans it.
public enum PlannedChange: String, Sendable {
    /// The payment is confirmed: PENDING → UNSHIPPED (R12).
    case pay
    /// The fraud check fails while pending (R11).
    case fraudCancel
}

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

    /// Plans what Amazon does to `orderId` at `at` (applied when that time has come, like its own plans).
    public func plan(_ change: PlannedChange, orderId: String, at: Date) throws {
        try db.write { db in
            guard try OrderTable.load(db, id: orderId) != nil else { throw SimulatorError.unknownOrder(orderId) }
            try Scheduler.schedule(db, at: Int64(at.timeIntervalSince1970.rounded(.down)), kind: change.rawValue, ref: orderId)
        }
    }

    /// Lets the account's time run on to `date` with no new buyers: what falls due meanwhile happens (payments,
    /// Amazon's shipments, feeds). A date already past changes nothing.
    public func passTime(until date: Date) throws {
        try db.write { db in
            var account = try account(db)
            let gap = date.timeIntervalSince1970 - (try preciseNow(db))
            guard gap > 0 else { return }
            account.clockOffset += gap
            try account.save(db)
            try Scheduler.processDue(db, now: try simulatedNow(db))
        }
    }
}
