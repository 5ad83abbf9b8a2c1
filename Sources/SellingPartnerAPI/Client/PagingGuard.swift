import Foundation

/// Tells a page that repeats, which is harmless, from paging that would never end (R3).
///
/// Under load Amazon sometimes answers a page again, nextToken and all. The caller stores by order id and
/// keeps an order whose lastUpdatedTime did not change as it is, so reading such a page twice changes
/// nothing, and asking for its token once more usually brings the next page. But a token that keeps coming
/// back, or the same orders under fresh tokens page after page, would page forever: after `limit` times
/// the guard throws `.pagingLoop`, and the sync stops there (the pages read so far stay stored with their
/// watermark; the next sync asks again).
struct PagingGuard {
    /// How often one nextToken may be followed, and how many identical pages may come in a row.
    /// Five: a page repeated by chance (one in four at the simulator's worst) repeats five times rarely
    /// (1 in 1,000), and a real loop costs five rate-limited requests before it is called one.
    static let standardLimit = 5

    let limit: Int
    private var timesFollowed: [String: Int] = [:]
    private var lastContent: [String] = []
    private var identicalInARow = 0

    init(limit: Int = standardLimit) {
        self.limit = max(1, limit)
    }

    /// The token to follow after `page`, nil when it was the last page. Throws `.pagingLoop` once the
    /// same token (or the same non-empty page) came more than `limit` times.
    mutating func next(after page: SearchOrdersResponse) throws -> String? {
        // Same orders at the same update times as the page before: a repeat, whatever the token says.
        let content = page.orders.map { "\($0.orderId)@\($0.lastUpdatedTime)" }
        identicalInARow = !content.isEmpty && content == lastContent ? identicalInARow + 1 : 0
        lastContent = content
        guard identicalInARow < limit else {
            throw SPAPIError.pagingLoop(operation: .searchOrders, times: identicalInARow + 1)
        }
        guard let token = page.pagination?.nextToken, !token.isEmpty else { return nil }
        let times = timesFollowed[token, default: 0] + 1
        timesFollowed[token] = times
        guard times <= limit else { throw SPAPIError.pagingLoop(operation: .searchOrders, times: times) }
        return token
    }
}
