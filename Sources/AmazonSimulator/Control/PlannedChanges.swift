import Foundation
import GRDB

/// What Amazon does to an order later, when a test or the demo's working day plans it.
public enum PlannedChange: String, Sendable {
    /// The payment is confirmed: PENDING → UNSHIPPED (R12).
    case pay
    /// The fraud check fails while pending (R11).
    case fraudCancel
}

/// Amazon's planned changes and its time running on, as the demo's working day uses them.
extension AmazonSimulator {
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
