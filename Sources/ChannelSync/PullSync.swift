import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Brings Amazon's orders home: incremental by watermark, every page, one transaction per page (R3).
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

    /// Counts into `report` and `pages` as pages are stored, so that a run stopped partway still says
    /// what it stored before it stopped.
    ///
    /// Each page is written while the next one is read from Amazon and decoded: the sync's two halves
    /// overlap. A page is compared with the store only once the page before it is in, and a page is
    /// written only after the one before it was, so a watermark never passes a page that failed.
    func run(report: inout IngestReport, pages: inout Int) async throws {
        let settings = try store.settings()
        let start = SyncWindow.queryStart(watermark: try store.syncState().watermark, connectedAt: settings.connectedAt)
        var writer = PageWriter(store: store)
        do {
            try await client.searchAllOrders(SearchOrdersQuery(lastUpdatedAfter: start, marketplaceIds: settings.marketplaceIds)) { page in
                // A page that cannot be read whole is refused whole: the store keeps its state and the
                // watermark stays, so the next sync asks again.
                let mapped = try page.orders.map { wire throws(MappingError) in try OrderMapping.map(wire) }
                try await writer.finish(into: &report, pages: &pages)
                let orders = try await refetchNewlyPaid(mapped)
                let seen = orders.map(\.lastUpdateDate).max()
                let isLast = page.pagination?.nextToken == nil
                // The last page's `lastUpdatedBefore` is how far Amazon has answered for; earlier pages only as far as they go.
                // Never beyond it (nor beyond now, when it is missing): one order claiming a later update would
                // blind every later sync (R3).
                let answered = page.lastUpdatedBefore.flatMap(SPAPIDate.parse)
                let reached = isLast ? answered ?? seen : seen
                let limit = answered ?? clock.now
                writer.write(orders, watermark: reached.map { min($0, limit) }, at: clock.now)
            }
            try await writer.finish(into: &report, pages: &pages)
        } catch {
            // The page being written when reading failed is kept, and counted.
            try? await writer.finish(into: &report, pages: &pages)
            throw error
        }
    }

    /// A pending order that becomes unshipped is fetched again in full, its details filled in (R12).
    private func refetchNewlyPaid(_ orders: [AmazonOrder]) async throws -> [AmazonOrder] {
        let pendingBefore = try store.pendingOrderIds(among: orders.filter { !$0.status.isPending }.map(\.amazonOrderId))
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

/// Writes one page at a time, in the background while the sync reads on.
private struct PageWriter {
    let store: MerchantStore
    private var writing: Task<IngestReport, any Error>?

    init(store: MerchantStore) { self.store = store }

    /// Starts writing a page; the one before must be finished.
    mutating func write(_ orders: [AmazonOrder], watermark: Date?, at now: Date) {
        precondition(writing == nil, "a page is written only once the one before it is in")
        let store = store
        writing = Task { try store.ingest(orders, watermark: watermark, at: now) }
    }

    /// Waits for the page being written and counts what it stored.
    mutating func finish(into report: inout IngestReport, pages: inout Int) async throws {
        guard let task = writing else { return }
        writing = nil
        report.add(try await task.value)
        pages += 1
    }
}
