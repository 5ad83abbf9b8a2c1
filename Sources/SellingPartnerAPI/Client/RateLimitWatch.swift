import Foundation
import Synchronization

/// A call the client's rate limiter holds back: which operation, until when, at which rate.
public struct RateLimitWait: Sendable, Equatable {
    public var operation: SPAPIOperation
    /// When the operation's bucket holds a token again (the client's clock).
    public var until: Date
    /// The rate the bucket refills at (Amazon's, when it said one), and its burst.
    public var limit: RateLimit

    public init(operation: SPAPIOperation, until: Date, limit: RateLimit) {
        self.operation = operation
        self.until = until
        self.limit = limit
    }
}

/// Thrown instead of waiting long for a rate-limit token, when the policy says so (`merchant sync --no-wait`):
/// the call was not sent, and nothing is wrong; it goes out at a later sync.
public struct RateLimitWouldWait: Error, Sendable, Equatable, CustomStringConvertible {
    public var wait: RateLimitWait
    /// How long the call would have waited, in seconds.
    public var seconds: Double

    public var description: String {
        "\(wait.operation) was not sent: it would have waited \(Int(seconds.rounded(.up))) s for Amazon's rate limit."
    }
}

/// The long waits under way now, one per operation: the command line and the console read it to say
/// what a sync is waiting for, instead of sitting silent for minutes.
public final class RateLimitWatch: Sendable {
    /// Waits shorter than this pass unannounced (and are never skipped): a sync does not talk about a second.
    public static let noticeAfter: Double = 2

    private let waits = Mutex<[SPAPIOperation: RateLimitWait]>([:])

    public init() {}

    /// What is waiting now, the soonest first.
    public var current: [RateLimitWait] {
        waits.withLock { Array($0.values) }.sorted { ($0.until, $0.operation.rawValue) < ($1.until, $1.operation.rawValue) }
    }

    func begin(_ wait: RateLimitWait) { waits.withLock { $0[wait.operation] = wait } }

    func end(_ operation: SPAPIOperation) { _ = waits.withLock { $0.removeValue(forKey: operation) } }
}
