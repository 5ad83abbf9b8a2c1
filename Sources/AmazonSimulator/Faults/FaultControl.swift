import Foundation
import GRDB

extension AmazonSimulator {
    /// Makes simulated Amazon misbehave as `profile` says, from its seed on, until set again
    /// (`.none` for a good day). Kept in the simulator's file: `merchant sim faults hostile` reaches
    /// a later in-process `merchant sync` and a running `merchant sim serve` alike.
    public func setFaults(_ profile: FaultProfile) throws {
        try db.write { try FaultInjector.store($0, profile) }
    }

    /// The fault profile in force (`.none` when never set).
    public func faults() throws -> FaultProfile {
        try db.read { db in
            guard let data = try Data.fetchOne(db, sql: "SELECT profile FROM faultState WHERE id = 1") else { return .none }
            return try JSONDecoder().decode(FaultProfile.self, from: data)
        }
    }

    /// How many faults of each kind were injected since the counts were last reset.
    public func faultCounts() throws -> [FaultKind: Int] {
        try db.read { db in
            var counts: [FaultKind: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT kind, n FROM faultCount") {
                if let kind = FaultKind(rawValue: row["kind"]) { counts[kind] = row["n"] }
            }
            return counts
        }
    }

    public func resetFaultCounts() throws {
        try db.write { try $0.execute(sql: "DELETE FROM faultCount") }
    }

    /// Every order id the account holds, oldest first (for comparing a store with Amazon's truth).
    public func orderIds() throws -> [String] {
        try db.read { try String.fetchAll($0, sql: "SELECT orderId FROM simOrder ORDER BY createdTime, orderId") }
    }
}

extension AmazonSimulator {
    /// Every feed's processing status by the Idempotency-Key it was created with, oldest first: whether a
    /// feed sent again after a lost answer was created twice, and whether both were applied.
    public func feedStatusesByKey() throws -> [String: [String]] {
        try db.write { db in
            try Scheduler.processDue(db, now: try simulatedNow(db))
            var result: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT idempotencyKey, processingStatus FROM feed WHERE idempotencyKey IS NOT NULL ORDER BY createdTime, feedId") {
                result[row["idempotencyKey"], default: []].append(row["processingStatus"])
            }
            return result
        }
    }
}
