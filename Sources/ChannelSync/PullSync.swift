import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Brings Amazon's orders home: incremental by watermark, every page, each group of pages in one
/// transaction with the watermark it reaches (R3).
struct PullSync {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    func run() async throws -> (report: IngestReport, pages: Int) {
        var report = IngestReport()
        var pages = 0
        try await run(report: &report, pages: &pages)
        return (report, pages)
    }

    /// Pages stored in one transaction while catching up. Each order's rows land on index pages keyed by
    /// order id, purchase time and search text; pages written together share the pages keyed in time,
    /// and the store's log holds each of those once per transaction rather than once per page of orders.
    /// A crash still loses nothing: the watermark moves with the pages it covers (R3).
    static let pagesPerTransaction = 10

    /// Counts into `report` and `pages` as pages are stored, so that a run stopped partway still says
    /// what it stored before it stopped.
    ///
    /// A group of pages is written while the next group is read from Amazon: the sync's two halves
    /// (Amazon answering and decoding, the store writing) overlap. Groups are written one at a time and
    /// in order, so a watermark never passes a group that failed.
    func run(report: inout IngestReport, pages: inout Int) async throws {
        let settings = try store.settings()
        let start = SyncWindow.queryStart(watermark: try store.syncState().watermark, connectedAt: settings.connectedAt)
        var held = HeldPages()
        var lastSeenPending: [String: Bool] = [:]
        var writer = GroupWriter(store: store, clock: clock)
        do {
            try await client.searchAllOrders(SearchOrdersQuery(lastUpdatedAfter: start, marketplaceIds: settings.marketplaceIds)) { page in
                // A page that cannot be read whole is refused whole: the store keeps its state and the
                // watermark stays, so the next sync asks again.
                var orders = try page.orders.map { wire throws(MappingError) in try OrderMapping.map(wire) }
                orders = try await refetchNewlyPaid(orders, lastSeenPending: lastSeenPending)
                for order in orders { lastSeenPending[order.amazonOrderId] = order.status.isPending }
                let seen = orders.map(\.lastUpdateDate).max()
                let isLast = page.pagination?.nextToken == nil
                // The last page's `lastUpdatedBefore` is how far Amazon has answered for; earlier pages only as far as they go.
                // Never beyond it (nor beyond now, when it is missing): one order claiming a later update would
                // blind every later sync (R3).
                let answered = page.lastUpdatedBefore.flatMap(SPAPIDate.parse)
                let reached = isLast ? answered ?? seen : seen
                let limit = answered ?? clock.now
                held.add(orders, bound: reached.map { min($0, limit) })
                if held.pages >= Self.pagesPerTransaction || isLast {
                    let group = held
                    held = HeldPages()
                    try await writer.write(group, into: &report, pages: &pages)
                }
            }
            try await writer.finish(into: &report, pages: &pages)
        } catch {
            // The pages read whole before the failure are kept, with the watermark they reached, unless
            // an earlier group failed to be stored: then nothing after it is.
            do {
                try await writer.finish(into: &report, pages: &pages)
                try await writer.write(held, into: &report, pages: &pages)
                try await writer.finish(into: &report, pages: &pages)
            } catch {}
            throw error
        }
    }

    /// A pending order that becomes unshipped is fetched again in full, its details filled in (R12).
    /// An order this sync has seen already was last what it saw, whether or not that is stored yet.
    private func refetchNewlyPaid(_ orders: [AmazonOrder], lastSeenPending: [String: Bool]) async throws -> [AmazonOrder] {
        let paid = orders.filter { !$0.status.isPending }.map(\.amazonOrderId)
        let stored = try store.pendingOrderIds(among: paid.filter { lastSeenPending[$0] == nil })
        let pendingBefore = stored.union(paid.filter { lastSeenPending[$0] == true })
        guard !pendingBefore.isEmpty else { return orders }
        var result: [AmazonOrder] = []
        for order in orders {
            if pendingBefore.contains(order.amazonOrderId) {
                let full = try OrderMapping.map(try await client.getOrder(orderId: order.amazonOrderId))
                result.append(full.lastUpdateDate >= order.lastUpdateDate ? full : order)
            } else {
                result.append(order)
            }
        }
        return result
    }
}

/// Pages read and mapped, waiting to be stored together, with the watermark they reach.
private struct HeldPages: Sendable {
    var orders: [AmazonOrder] = []
    var pages = 0
    var bound: Date?

    mutating func add(_ page: [AmazonOrder], bound pageBound: Date?) {
        orders += page
        pages += 1
        if let pageBound { bound = max(bound ?? pageBound, pageBound) }
    }
}

/// Writes groups of pages one at a time, each in the background while the sync reads on.
private struct GroupWriter {
    let store: MerchantStore
    let clock: any ClockSource
    private var writing: Task<(report: IngestReport, pages: Int), any Error>?
    /// A group failed to be stored: no later group may be, or its watermark would pass the failed one's orders.
    private var failed = false

    init(store: MerchantStore, clock: any ClockSource) {
        self.store = store
        self.clock = clock
    }

    /// Waits for the group being written, then starts writing this one.
    mutating func write(_ group: HeldPages, into report: inout IngestReport, pages: inout Int) async throws {
        try await finish(into: &report, pages: &pages)
        guard group.pages > 0, !failed else { return }
        let store = store, now = clock.now
        writing = Task { (try store.ingest(group.orders, watermark: group.bound, at: now), group.pages) }
    }

    /// Waits for the group being written and counts what it stored.
    mutating func finish(into report: inout IngestReport, pages: inout Int) async throws {
        guard let task = writing else { return }
        writing = nil
        let done: (report: IngestReport, pages: Int)
        do { done = try await task.value } catch { failed = true; throw error }
        report.add(done.report)
        pages += done.pages
    }
}
