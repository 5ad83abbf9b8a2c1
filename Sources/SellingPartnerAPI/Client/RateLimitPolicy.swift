import Foundation

/// A sustained rate (requests per second) and a burst, as Amazon's usage plans state them.
public struct RateLimit: Sendable, Equatable {
    public var rate: Double
    public var burst: Int
    public init(rate: Double, burst: Int) {
        self.rate = rate
        self.burst = burst
    }
}

/// How fast the client may call each operation; an operation without a limit is never held back.
public struct RateLimitPolicy: Sendable, Equatable {
    public var limits: [SPAPIOperation: RateLimit]
    /// Take the rate of an `x-amzn-RateLimit-Limit` header on a success as that operation's rate
    /// (selling partners with more business get higher plans than the documented defaults).
    public var adoptsServerRate: Bool
    /// The longest a call may wait for its token, in seconds; a call that would wait longer throws
    /// `RateLimitWouldWait` (`merchant sync --no-wait`). Nil: every call waits as long as it takes.
    public var waitsAtMost: Double?

    public init(limits: [SPAPIOperation: RateLimit], adoptsServerRate: Bool = true) {
        self.limits = limits
        self.adoptsServerRate = adoptsServerRate
    }

    /// The default usage plans of SPAPI.md and the official models.
    public static let documented = RateLimitPolicy(limits: [
        .searchOrders: RateLimit(rate: 0.0056, burst: 20),
        .getOrder: RateLimit(rate: 0.5, burst: 30),
        .confirmShipment: RateLimit(rate: 2, burst: 10),
        .createFeedDocument: RateLimit(rate: 0.5, burst: 15),
        .createFeed: RateLimit(rate: 0.0083, burst: 15),
        .getFeed: RateLimit(rate: 2, burst: 15),
        .getFeeds: RateLimit(rate: 0.0222, burst: 10),
        .getFeedDocument: RateLimit(rate: 0.0222, burst: 10),
        .patchListingsItem: RateLimit(rate: 5, burst: 5),
        .listFinancialEvents: RateLimit(rate: 0.5, burst: 30),
        .listTransactions: RateLimit(rate: 0.5, burst: 10),
        .getInventorySummaries: RateLimit(rate: 2, burst: 2),
        .getFulfillmentPreview: RateLimit(rate: 2, burst: 30),
        .createFulfillmentOrder: RateLimit(rate: 2, burst: 30),
        .getFulfillmentOrder: RateLimit(rate: 2, burst: 30),
        .cancelFulfillmentOrder: RateLimit(rate: 2, burst: 30),
        .getMarketplaceParticipations: RateLimit(rate: 0.016, burst: 15),
        // Notifications v1: every operation 1 per second, burst 5.
        .createDestination: RateLimit(rate: 1, burst: 5),
        .getDestinations: RateLimit(rate: 1, burst: 5),
        .deleteDestination: RateLimit(rate: 1, burst: 5),
        .createSubscription: RateLimit(rate: 1, burst: 5),
        .getSubscription: RateLimit(rate: 1, burst: 5),
        .deleteSubscriptionById: RateLimit(rate: 1, burst: 5),
        .sendTestNotification: RateLimit(rate: 1, burst: 5),
        // Shipping v2: every operation 80 per second, burst 100.
        .getRates: RateLimit(rate: 80, burst: 100),
        .purchaseShipment: RateLimit(rate: 80, burst: 100),
        .getShipmentDocuments: RateLimit(rate: 80, burst: 100),
        .cancelShipment: RateLimit(rate: 80, burst: 100),
        .getTracking: RateLimit(rate: 80, burst: 100),
    ])

    /// The same limits, but a call that would wait more than a moment is skipped instead (`merchant sync --no-wait`).
    public var withoutLongWaits: RateLimitPolicy {
        var policy = self
        policy.waitsAtMost = RateLimitWatch.noticeAfter
        return policy
    }

    /// No client-side limits at all, for benchmarks against the simulator.
    public static let unlimited = RateLimitPolicy(limits: [:], adoptsServerRate: false)
}
