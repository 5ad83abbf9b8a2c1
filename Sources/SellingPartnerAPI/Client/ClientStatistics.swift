import Foundation

/// What the client has done so far, for the sync's summary line ("3 throttled") and for benchmarks.
public struct ClientStatistics: Sendable, Equatable {
    /// Requests handed to the transport, per operation, retries included.
    public var requests: [SPAPIOperation: Int] = [:]
    /// 429 answers seen.
    public var throttled = 0
    /// Attempts made after a failed one.
    public var retries = 0
    /// Requests repeated with a new access token after Amazon said the one sent had expired.
    public var expiredTokenRepeats = 0
    /// Seconds slept on the clock, waiting for rate-limit tokens and backing off.
    public var totalSlept: Double = 0

    public init() {}

    public var totalRequests: Int { requests.values.reduce(0, +) }
}
