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

    /// Counts into `report` and `pages` as each page is stored, so that a run stopped partway still says
    /// what it stored before it stopped.
    func run(report: inout IngestReport, pages: inout Int) async throws {
        let settings = try store.settings()
        let start = SyncWindow.queryStart(watermark: try store.syncState().watermark, connectedAt: settings.connectedAt)
        try await client.searchAllOrders(SearchOrdersQuery(lastUpdatedAfter: start, marketplaceIds: settings.marketplaceIds)) { page in
            // A page that cannot be read whole is refused whole: the store keeps its state and the
            // watermark stays, so the next sync asks again.
            var orders = try page.orders.map { wire throws(MappingError) in try OrderMapping.map(wire) }
            orders = try await refetchNewlyPaid(orders)
            let seen = orders.map(\.lastUpdateDate).max()
            let isLast = page.pagination?.nextToken == nil
            // The last page's `lastUpdatedBefore` is how far Amazon has answered for; earlier pages only as far as they go.
            // Never beyond it (nor beyond now, when it is missing): one order claiming a later update would
            // blind every later sync (R3).
            let answered = page.lastUpdatedBefore.flatMap(SPAPIDate.parse)
            let reached = isLast ? answered ?? seen : seen
            let limit = answered ?? clock.now
            let bound = reached.map { min($0, limit) }
            report.add(try store.ingest(orders, watermark: bound, at: clock.now))
            pages += 1
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
