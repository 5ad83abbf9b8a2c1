import Foundation

/// One operation's token bucket: `burst` tokens at most, refilled at `rate` per second.
/// It never lends a token: a caller that finds it empty is told how long to sleep, then asks again.
struct TokenBucket: Sendable {
    var rate: Double
    let burst: Double
    private var tokens: Double
    private var updated: Date?

    init(_ limit: RateLimit) {
        rate = limit.rate
        burst = Double(limit.burst)
        tokens = burst
    }

    private mutating func refill(at now: Date) {
        if let updated, now > updated {
            tokens = min(burst, tokens + now.timeIntervalSince(updated) * rate)
        }
        updated = max(updated ?? now, now)
    }

    /// Takes a token and answers 0, or answers the seconds to wait before one is there.
    mutating func take(at now: Date) -> Double {
        refill(at: now)
        // A hair of tolerance: after sleeping the exact wait, floating point may leave 0.999999…
        if tokens >= 1 - 1e-9 {
            tokens = max(0, tokens - 1)
            return 0
        }
        // At least a millisecond: a wait below a clock's resolution (a Date near 2026 resolves about 0.2 µs)
        // would leave the time where it was, and the caller would ask again for ever.
        return max((1 - tokens) / rate, 0.001)
    }

    /// Amazon answered 429: its bucket is empty, so ours is too.
    mutating func drain(at now: Date) {
        refill(at: now)
        tokens = 0
    }
}
