import AmazonSimulator
import AmazonSQS
import ChannelSync
import Foundation
import MerchantTestSupport
import SellingPartnerAPI

/// What reads the ORDER_CHANGE queue beside the sweep, once a simulated second: nothing (polling alone), or the
/// listener (`OrderChangeListener`) on the simulator's own queue.
struct SoakReader: Sendable {
    var name: String
    var poll: @Sendable () async -> Void
}

/// An hour (or `minutes`) of simulated trade against simulated Amazon with its throttling on, the client at Amazon's
/// documented rates (`sync --no-wait` style: a call that would wait is left to the next sweep, a wait of a moment is
/// slept), the ORDER_CHANGE notifications delayed, duplicated, lost and so reordered, and the sweep every sync interval.
///
/// One `ManualClock` is the simulator's time and the client's: the token buckets of both (the client's limiter and
/// the simulator's 429s) are judged on it, so simulated time may run far faster than the wall clock.
struct NotificationSoak {
    struct Settings {
        var minutes = 60
        var ordersPerHour = 120.0
        var seed: UInt64 = 15
        /// Up to this many seconds late (so two changes of one order close together may arrive swapped).
        var notifyDelaySeconds = 30.0
        var notifyDuplicate = 0.05
        var notifyLoss = 0.05
        /// Trade stops after `minutes`; the sweep then has this long to bring the last changes home.
        var settleMinutes = 30
    }

    struct Result {
        var simulatedMinutes = 0
        var settledAfterMinutes: Int?
        var wallSeconds = 0.0
        var orders = 0
        var sweeps = 0
        var syncProblems: [String] = []
        var notifications: [String: Int] = [:]
        var differences: [String] = []
        var fetchesPerOrderMax = 0
        var fetchedOrders = 0
        var rates: [RateVerdict] = []

        var summary: String {
            """
            \(simulatedMinutes) simulated minutes of trade (+\(settledAfterMinutes.map(String.init) ?? "no") to settle) in \(String(format: "%.1f", wallSeconds)) s: \
            \(orders) orders, \(sweeps) sweeps; messages sent \(notifications["sent", default: 0]), \
            duplicated \(notifications["duplicated", default: 0]), lost \(notifications["lost", default: 0]); \
            getOrder: \(fetchedOrders) orders fetched, at most \(fetchesPerOrderMax) times each; \
            \(rates.map(\.description).joined(separator: "; ")); differences from Amazon: \(differences.count)
            """
        }
    }

    let settings: Settings

    /// No reader: the sweep alone brings orders home; the messages pile up unread.
    static func pollingAloneReader(_ h: SyncHarness) -> SoakReader? { nil }

    /// The listener the console and `sync --watch` run, reading the simulator's queue in process, on the soak's clock.
    static func listenerReader(_ h: SyncHarness) throws -> SoakReader? {
        let queue = SQSClient(queue: try SQSQueueURL(AmazonSimulator.queueURL(baseURL: "http://localhost")),
                              settings: AWSSettings(credentials: AWSCredentials(accessKeyId: "AKIDSOAK", secretAccessKey: "soak"),
                                                    region: "eu-west-1"),
                              transport: h.simulator, now: { h.clock.now })
        let listener = OrderChangeListener(store: h.store, client: h.client, queue: queue, clock: h.clock)
        return SoakReader(name: "with the listener") { _ = await listener.pollOnce(waitSeconds: 0) }
    }

    func run(reader makeReader: (SyncHarness) throws -> SoakReader?) async throws -> Result {
        let started = Date()
        var result = Result()
        let h = try SyncHarness(rateLimits: RateLimitPolicy.documented.withoutLongWaits)
        defer { try? FileManager.default.removeItem(at: h.folder) }
        try h.simulator.setFaults(FaultProfile(name: "soak", seed: settings.seed, notifyDelaySeconds: settings.notifyDelaySeconds,
                                               notifyDuplicate: settings.notifyDuplicate, notifyLoss: settings.notifyLoss))
        let destination = try await h.client.createDestination(name: "soak", sqsArn: AmazonSimulator.queueARN())
        _ = try await h.client.createSubscription(destinationId: destination.destinationId)
        let ordersBefore = try h.simulator.orderIds().count
        h.simulator.recordCalls()
        let reader = try makeReader(h)
        let interval = Double(try h.store.settings().syncIntervalSeconds)

        var random = SeededRandom(seed: settings.seed)
        let start = h.clock.now
        let tradeEnds = start.addingTimeInterval(Double(settings.minutes * 60))
        let gaveUp = tradeEnds.addingTimeInterval(Double(settings.settleMinutes * 60))
        var nextBuyer = start.addingTimeInterval(gap(&random))
        var nextSweep = start
        while h.clock.now < gaveUp {
            let now = h.clock.now
            while now < tradeEnds, nextBuyer <= now {
                try h.simulator.placeRandomOrder()
                nextBuyer = nextBuyer.addingTimeInterval(gap(&random))
            }
            await reader?.poll()
            if now >= nextSweep {
                let outcome = await h.sync.runOnce()
                result.sweeps += 1
                result.syncProblems += outcome.problems.map(\.detail)
                nextSweep = h.clock.now.addingTimeInterval(interval)
                // Once trade has stopped, the store is compared with Amazon after each sweep: done when they agree.
                if now >= tradeEnds, try TruthComparison.differences(h).isEmpty {
                    result.settledAfterMinutes = Int((now.timeIntervalSince(tradeEnds) / 60).rounded(.up))
                    break
                }
            }
            h.clock.advance(seconds: 1)
        }
        result.simulatedMinutes = settings.minutes
        result.differences = try TruthComparison.differences(h)
        result.orders = try h.simulator.orderIds().count - ordersBefore
        result.notifications = try h.simulator.notificationStatistics()
        let calls = h.simulator.recordedCalls
        let fetches = RateJudge.fetchesPerOrder(calls)
        result.fetchedOrders = fetches.count
        result.fetchesPerOrderMax = fetches.values.max() ?? 0
        result.rates = ["searchOrders", "getOrder"].map { RateJudge.judge(calls, operation: $0) }
        result.wallSeconds = Date().timeIntervalSince(started)
        return result
    }

    /// Seconds to the next buyer: Poisson arrivals at `ordersPerHour`.
    private func gap(_ random: inout SeededRandom) -> Double {
        -Foundation.log(1 - Double(random.next() >> 11) / Double(1 << 53)) * 3_600 / settings.ordersPerHour
    }
}
