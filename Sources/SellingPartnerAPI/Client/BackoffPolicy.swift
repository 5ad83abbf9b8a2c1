import Foundation

/// How the client waits between attempts after a 429, a 500/502/503/504 or a failed connection:
/// exponential with full jitter (a random delay between 0 and `min(cap, base · 2^retry)`).
///
/// SP-API's 429 and 5xx answers carry no Retry-After, so the client chooses the wait itself;
/// jitter keeps several clients from retrying in step.
public struct BackoffPolicy: Sendable, Equatable {
    /// The ceiling of the first retry's delay, in seconds.
    public var base: Double
    /// The largest ceiling, in seconds.
    public var cap: Double
    /// The shortest delay, in seconds: full jitter may draw ~0, and a retry must never be a hot loop.
    public var minimumDelay: Double
    /// Attempts in all, the first one included.
    public var maxAttempts: Int
    /// How many times a read whose 2xx answer does not decode is asked again (within `maxAttempts`).
    public var malformedRetries: Int
    /// The seed of the jitter; nil draws one from the system.
    public var seed: UInt64?

    public init(base: Double = 1, cap: Double = 60, minimumDelay: Double = 0.05, maxAttempts: Int = 8, malformedRetries: Int = 2, seed: UInt64? = nil) {
        self.base = base
        self.cap = cap
        self.minimumDelay = minimumDelay
        self.maxAttempts = max(1, maxAttempts)
        self.malformedRetries = max(0, malformedRetries)
        self.seed = seed
    }

    public static let standard = BackoffPolicy()

    /// The ceiling of the delay before retry number `retry` (0 for the first retry).
    public func ceiling(retry: Int) -> Double {
        min(cap, base * pow(2, Double(min(retry, 62))))
    }

    /// The delay before retry number `retry`, for a jitter `unit` drawn in 0..<1.
    public func delay(retry: Int, unit: Double) -> Double {
        max(minimumDelay, unit * ceiling(retry: retry))
    }
}
