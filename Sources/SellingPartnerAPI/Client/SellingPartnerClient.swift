import Foundation
import Synchronization

/// The typed SP-API client: builds each operation's request, waits for its rate-limit token,
/// backs off and retries what may be retried, and decodes the answer into the wire models.
///
/// ```swift
/// let client = SellingPartnerClient(transport: URLSessionTransport(baseURL: endpoint), accessToken: token)
/// try await client.searchAllOrders(SearchOrdersQuery(lastUpdatedAfter: watermark)) { page in
///     try store.save(page)   // one page per transaction
/// }
/// ```
/// Every wait (rate limit or back-off) sleeps on the `ClockSource`, so tests and the simulator
/// drive it with a `ManualClock` and never wait in real time.
public final class SellingPartnerClient: Sendable {
    let transport: any HTTPTransport
    let clock: any ClockSource
    /// Where each request's `x-amz-access-token` comes from; nil sends none (the simulator without LWA).
    let tokens: (any AccessTokenProvider)?
    /// Where grantless operations' tokens come from: an `LWATokenSource`'s client-credentials tokens, else `tokens`.
    let grantlessTokens: (any AccessTokenProvider)?
    public let rateLimits: RateLimitPolicy
    public let backoff: BackoffPolicy
    let state: Mutex<State>

    struct State {
        var buckets: [SPAPIOperation: TokenBucket] = [:]
        var statistics = ClientStatistics()
        var random: SeededRandom
    }

    static let userAgent = "merchant/0.1 (Language=Swift)"

    /// `accessToken`: a bare token, used as is; `tokens`: where tokens come from as they expire (`LWATokenSource`),
    /// which wins when both are given.
    public init(
        transport: any HTTPTransport, clock: any ClockSource = SystemClock(), accessToken: AccessToken? = nil,
        tokens: (any AccessTokenProvider)? = nil, grantlessTokens: (any AccessTokenProvider)? = nil,
        rateLimits: RateLimitPolicy = .documented, backoff: BackoffPolicy = .standard
    ) {
        self.transport = transport
        self.clock = clock
        self.tokens = tokens ?? accessToken.map(FixedAccessToken.init)
        self.grantlessTokens = grantlessTokens ?? (tokens as? LWATokenSource)?.grantless() ?? self.tokens
        self.rateLimits = rateLimits
        self.backoff = backoff
        state = Mutex(State(random: SeededRandom(seed: backoff.seed ?? UInt64.random(in: .min ... .max))))
    }

    /// What the client has done since it was made.
    public var statistics: ClientStatistics { state.withLock { $0.statistics } }

    /// The long rate-limit waits under way, for whoever says what the client waits for.
    public let waits = RateLimitWatch()
}

// The token must never show up in logs or test output, whichever way the client is printed.
extension SellingPartnerClient: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "SellingPartnerClient(transport: \(type(of: transport)), accessToken: \(tokens == nil ? "none" : "<redacted>"))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: [
            "transport": "\(type(of: transport))",
            "accessToken": tokens == nil ? "none" : "<redacted>",
            "rateLimits": rateLimits,
            "backoff": backoff,
        ], displayStyle: .class)
    }
}
