import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Synchronization

/// What one sync did, as the command line and the status line say it.
public struct SyncOutcome: Sendable, Equatable {
    public var orders = IngestReport()
    public var pages = 0
    public var pushed = 0
    /// Messages Amazon refused.
    public var refused = 0
    /// Messages the console kept back, because a rule says Amazon would not take them (R27).
    public var notSent = 0
    public var throttled = 0
    /// Refunds Amazon reported that the console did not make (R23).
    public var refundedOnAmazon = 0
    /// Shipments Amazon confirmed in this sync (part of `pushed`).
    public var shipmentsConfirmed = 0
    /// The parts that failed, each in one line and in full.
    public var problems: [SyncProblem] = []
    /// The calls not sent because they would have waited for Amazon's rate limit (`merchant sync --no-wait`), in words.
    public var skipped: [String] = []

    /// Everything known of what failed, or nil when nothing did.
    public var error: String? { problems.isEmpty ? nil : problems.map(\.detail).joined(separator: "; ") }

    /// What failed in one line (the status line, the store's record), or nil when nothing did.
    public var headline: String? { problems.isEmpty ? nil : problems.map(\.headline).joined(separator: "; ") }

    public init() {}

    /// One line: "12 new, 3 updated, 9 imported, 2 blocked, 1 reserved, 14 pushed".
    public var summary: String {
        var parts = [
            tr("sync.summary.new", orders.new), tr("sync.summary.updated", orders.updated), tr("sync.summary.imported", orders.imported),
            tr("sync.summary.blocked", orders.blocked), tr("sync.summary.reserved", orders.reserved), tr("sync.summary.pushed", pushed),
        ]
        if orders.released > 0 { parts.append(tr("sync.summary.released", orders.released)) }
        if orders.cancelled > 0 { parts.append(tr("sync.summary.cancelled", orders.cancelled)) }
        if refused > 0 { parts.append(tr("sync.summary.refused", refused)) }
        if notSent > 0 { parts.append(tr("sync.summary.not-sent", notSent)) }
        if refundedOnAmazon > 0 { parts.append(tr("sync.summary.refunded-on-amazon", refundedOnAmazon)) }
        if throttled > 0 { parts.append(tr("sync.summary.throttled", throttled)) }
        if !skipped.isEmpty { parts.append(tr("sync.summary.skipped", skipped.count)) }
        return parts.joined(separator: ", ")
    }

    /// What a merchant wants to hear of a sync: "3 new orders, 2 shipments confirmed", or "nothing new".
    public var news: String { newsParts.line ?? tr("sync.news.nothing") }

    /// Whether the sync brought nothing a merchant wants to hear of (its news say "nothing new"), in any language.
    public var broughtNothing: Bool { newsParts.line == nil }

    private var newsParts: NewsParts {
        var news = NewsParts()
        news.add(orders: orders)
        news.add(shipmentsConfirmed) { tr("sync.news.shipments-confirmed", $0) }
        news.add(pushed - shipmentsConfirmed) { tr("sync.news.other-updates", $0) }
        news.add(refused) { tr("sync.news.refused", $0) }
        news.add(notSent) { tr("sync.news.not-sent", $0) }
        news.add(refundedOnAmazon) { tr("sync.news.refunded-on-amazon", $0) }
        return news
    }
}

/// Keeps the store and Amazon in step: pulls orders, re-decides waiting ones, delivers the outbox.
///
/// Each part of a sync runs on its own, so that one failing or waiting part stops none of the others:
/// orders, refunds made on Amazon and FBA stock are read side by side, and the outbox goes out beside
/// them, again whenever the store changes while they read (a shipment made while `searchOrders` waits
/// three minutes for its rate reaches Amazon in a second or two, not after the wait).
public final class ChannelSync: Sendable {
    public let store: MerchantStore
    public let client: SellingPartnerClient
    let clock: any ClockSource
    /// One push of the outbox at a time, whoever asks: a feed must never go out twice.
    let pushes = SerialRun()
    /// The parts running now, for `activity`.
    let doing = Mutex<[String]>([])

    /// How often the outbox is looked at while a sync reads, at most (wall-clock seconds).
    static let outboxLookSeconds = 0.25
    /// How soon after one push the store's changes cause another, at the least (wall-clock seconds).
    static let outboxPushGapSeconds = 1.0

    public init(store: MerchantStore, client: SellingPartnerClient, clock: any ClockSource) {
        self.store = store
        self.client = client
        self.clock = clock
    }

    /// The calls waiting now for Amazon's rate limit (longer than a moment), soonest first.
    public var waiting: [AmazonWait] {
        let now = clock.now
        return client.waits.current.map { AmazonWait($0, now: now) }
    }

    /// What the sync is doing, in a few words: the wait it sits in, else the parts running ("reading orders").
    public var activity: String {
        if let wait = waiting.first { return tr("sync.activity.waiting", wait.text) }
        let parts = doing.withLock { $0 }
        return parts.isEmpty ? tr("sync.activity.between") : parts.joined(separator: ", ")
    }

    /// One full sync. Errors are recorded (the status line shows them) and returned in the outcome.
    public func runOnce() async -> SyncOutcome {
        var outcome = SyncOutcome()
        let throttledBefore = client.statistics.throttled
        // The outbox goes out beside the reading, not after it: the merchant's shipments and cancels must not wait for
        // a slow or broken order feed (each delivery is safe on its own: idempotency keys, feed recovery).
        let reading = Task { await self.read() }
        let watching = Task { await self.deliverWhileStoreChanges() }
        let read = await reading.value
        watching.cancel()
        var delivered = await watching.value
        // What reading queued (acknowledgements of new orders, quantities offered) goes out in this sync too.
        delivered.add(await deliverOutbox())
        outcome.orders = read.orders
        outcome.pages = read.pages
        outcome.refundedOnAmazon = read.refundedOnAmazon
        outcome.problems = read.notes.problems + delivered.notes.problems
        outcome.skipped = read.notes.skipped + delivered.notes.skipped
        outcome.pushed = delivered.done
        outcome.refused = delivered.failed
        outcome.notSent = delivered.notSent
        outcome.shipmentsConfirmed = delivered.shipments
        outcome.throttled = client.statistics.throttled - throttledBefore
        try? store.recordSync(at: clock.now, success: outcome.problems.isEmpty, report: outcome.summary, error: outcome.headline)
        return outcome
    }

    /// Delivers what the outbox holds; each kind at its own pace. Kept for callers that want the counts alone.
    public func push() async throws -> (done: Int, failed: Int, shipments: Int) {
        let delivered = await deliverOutbox()
        return (delivered.done, delivered.failed, delivered.shipments)
    }

    /// Delivers what the outbox holds, one push at a time in this process: each kind of message on its own, so a
    /// refused feed does not keep shipments back, and each kind's calls in their own rate bucket.
    /// Then the orders whose shipment Amazon accepted are read back (`OrderReadBack`), outside the one push at a time:
    /// a read-back never holds up a shipment made meanwhile.
    public func deliverOutbox() async -> OutboxDelivery {
        let delivered = await pushes.run { await self.pushOnce() }
        await OrderReadBack(store: store, client: client, clock: clock).run(delivered.accepted)
        return delivered
    }

    private func pushOnce() async -> OutboxDelivery {
        var delivered = OutboxDelivery()
        func count(_ result: (done: Int, failed: Int)?) {
            delivered.done += result?.done ?? 0
            delivered.failed += result?.failed ?? 0
        }
        let shipments = await part(SyncPart.shipments, &delivered.notes) { try await ShipmentDelivery(store: store, client: client, clock: clock).run() }
        count(shipments.map { ($0.done, $0.failed) })
        delivered.shipments = shipments?.done ?? 0
        delivered.accepted += shipments?.accepted ?? []
        count(await part(SyncPart.stockPush, &delivered.notes) {
            try store.queueUntoldListings(at: clock.now)
            return try await InventoryDelivery(store: store, client: client, clock: clock).run()
        })
        count(await part(SyncPart.acknowledgements, &delivered.notes) { try await FeedDelivery(store: store, client: client, clock: clock, feed: .acknowledgements).run() })
        count(await part(SyncPart.refunds, &delivered.notes) { try await FeedDelivery(store: store, client: client, clock: clock, feed: .refunds).run() })
        let fulfillments = await part(SyncPart.fulfillments, &delivered.notes) { try await FulfillmentDelivery(store: store, client: client, clock: clock).run() }
        count(fulfillments.map { ($0.done, $0.failed) })
        delivered.notSent += fulfillments?.notSent ?? 0
        let labels = LabelDelivery(store: store, client: client, clock: clock)
        count(await part(SyncPart.labels, &delivered.notes) { try await labels.run() })
        delivered.accepted += labels.ordersSold
        return delivered
    }

    /// Pushes at once, then again whenever the store changed (a shipment, a cancel, a refund: this process's or
    /// another's), until cancelled. At most one push a second: the sync's own pages change the store too.
    private func deliverWhileStoreChanges() async -> OutboxDelivery {
        // The version before the first push, not after: a shipment stored while that push runs (after it read the
        // outbox) must count as a change, or it waits for the end of the sync (a loaded CI machine caught that).
        var version = try? store.dataVersion()
        var delivered = await deliverOutbox()
        var lastPush = Date()
        while !Task.isCancelled {
            do { try await Task.sleep(nanoseconds: UInt64(Self.outboxLookSeconds * 1e9)) } catch { break }
            guard Date().timeIntervalSince(lastPush) >= Self.outboxPushGapSeconds else { continue }
            let now = try? store.dataVersion()
            guard now != version else { continue }
            version = now
            delivered.add(await deliverOutbox())
            lastPush = Date()
        }
        return delivered
    }

    /// What the reading parts did.
    private struct ReadResult: Sendable {
        var orders = IngestReport()
        var pages = 0
        var refundedOnAmazon = 0
        var notes = SyncNotes()
    }

    /// Reads orders, refunds made on Amazon and FBA stock side by side: none waits for another's rate limit,
    /// and none stops because another failed.
    private func read() async -> ReadResult {
        async let orders = readOrders()
        async let refunds = readPart(SyncPart.refundsOnAmazon) { try await RefundPull(store: store, client: client, clock: clock).run().onAmazon }
        async let fba = readPart(SyncPart.fbaStock) { try await FBAStockPull(store: store, client: client, clock: clock).run() }
        var result = await orders
        let (onAmazon, refundNotes) = await refunds
        let (_, fbaNotes) = await fba
        result.refundedOnAmazon = onAmazon ?? 0
        result.notes.add(refundNotes)
        result.notes.add(fbaNotes)
        return result
    }

    private func readOrders() async -> ReadResult {
        var result = ReadResult()
        var report = IngestReport()
        var pages = 0
        _ = await part(SyncPart.orders, &result.notes) { try await PullSync(store: store, client: client, clock: clock).run(report: &report, pages: &pages) }
        // Orders waiting for a product or stock are decided again even when Amazon could not be read.
        if let reconsidered = await part(SyncPart.orders, &result.notes, { try store.reconsiderWaitingOrders(at: clock.now) }) {
            report.add(reconsidered)
        }
        result.orders = report
        result.pages = pages
        return result
    }

    private func readPart<T: Sendable>(_ name: String, _ body: () async throws -> T) async -> (T?, SyncNotes) {
        var notes = SyncNotes()
        let value = await part(name, &notes, body)
        return (value, notes)
    }

    /// Runs one part: a failure becomes a problem that names the part, a call that would wait (`--no-wait`) a note
    /// of what was skipped; the part's name is in `activity` while it runs.
    private func part<T>(_ name: String, _ notes: inout SyncNotes, _ body: () async throws -> T) async -> T? {
        doing.withLock { $0.append(name) }
        defer { doing.withLock { if let i = $0.firstIndex(of: name) { $0.remove(at: i) } } }
        do {
            return try await body()
        } catch let skipped as RateLimitWouldWait {
            notes.skipped.append("\(name): \(AmazonWait(skipped.wait, now: clock.now).text)")
        } catch {
            notes.problems.append(SyncProblem(part: name, error: error))
        }
        return nil
    }
}

/// The parts of a sync, as a merchant reads them in a summary ("reading FBA stock: Amazon refused access…").
public enum SyncPart {
    // Read each time (not kept): the words are in the language of whoever asks.
    public static var orders: String { tr("sync.part.orders") }
    public static var refundsOnAmazon: String { tr("sync.part.refunds-on-amazon") }
    public static var fbaStock: String { tr("sync.part.fba-stock") }
    public static var shipments: String { tr("sync.part.shipments") }
    public static var stockPush: String { tr("sync.part.stock-push") }
    public static var acknowledgements: String { tr("sync.part.acknowledgements") }
    public static var refunds: String { tr("sync.part.refunds") }
    public static var fulfillments: String { tr("sync.part.fulfillments") }
    public static var labels: String { tr("sync.part.labels") }
}

/// What failed, and what was skipped rather than waited for, in the parts of a sync.
public struct SyncNotes: Sendable, Equatable {
    public var problems: [SyncProblem] = []
    /// "reading orders: Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)".
    public var skipped: [String] = []

    public init() {}

    /// Adds another run's notes; a part that failed (or was skipped) twice is named once, as it first failed.
    mutating func add(_ other: SyncNotes) {
        for problem in other.problems where !problems.contains(where: { $0.part == problem.part }) { problems.append(problem) }
        for skip in other.skipped where !skipped.contains(where: { $0.prefix(while: { $0 != ":" }) == skip.prefix(while: { $0 != ":" }) }) {
            skipped.append(skip)
        }
    }
}

/// What one or more pushes of the outbox did.
public struct OutboxDelivery: Sendable, Equatable {
    public var done = 0
    /// Refused by Amazon.
    public var failed = 0
    /// Kept back by the console (R27).
    public var notSent = 0
    public var shipments = 0
    /// The orders whose shipment Amazon accepted (a confirmation, or a label it sold), read back after the push.
    public var accepted: [String] = []
    public var notes = SyncNotes()

    public init() {}

    mutating func add(_ other: OutboxDelivery) {
        done += other.done
        failed += other.failed
        notSent += other.notSent
        shipments += other.shipments
        accepted += other.accepted
        notes.add(other.notes)
    }
}
