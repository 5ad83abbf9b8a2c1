import Foundation
import GRDB

/// Token buckets per operation on the simulated clock, persisted so a restarted client gets no fresh burst.
enum RateLimiter {
    /// Takes one token; false when the bucket is empty (the caller answers 429).
    static func take(_ db: Database, _ operation: Operation, at now: Double) throws -> Bool {
        let (rate, burst) = operation.rate
        var tokens = burst
        if let row = try Row.fetchOne(db, sql: "SELECT tokens, updatedAt FROM tokenBucket WHERE operation = ?", arguments: [operation.rawValue]) {
            let updatedAt: Double = row["updatedAt"]
            tokens = min(burst, (row["tokens"] as Double) + max(0, now - updatedAt) * rate)
        }
        let granted = tokens >= 1
        if granted { tokens -= 1 }
        try db.execute(sql: "INSERT OR REPLACE INTO tokenBucket (operation, tokens, updatedAt) VALUES (?, ?, ?)",
                       arguments: [operation.rawValue, tokens, now])
        return granted
    }
}
