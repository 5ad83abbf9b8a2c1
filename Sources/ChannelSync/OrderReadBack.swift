import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Reads back from Amazon (`getOrder`, its own rate bucket) the orders whose shipment Amazon has just accepted, a
/// confirmation or a label, so that the stored Amazon status follows in seconds rather than at the next `searchOrders`
/// (once in three minutes).
///
/// Only a look ahead of the next sync: each call goes now or not at all (`getOrderAtOnce`: no wait for a token, no
/// retry), at most `limit` orders at a time so that most of the bucket stays for notifications, and a read-back that is
/// throttled or fails changes nothing; the next sync reads the order as it always did.
struct OrderReadBack {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    /// The most orders read back after one push.
    static let limit = 10

    /// Reads and stores the orders, each at most once; returns how many were stored.
    @discardableResult
    func run(_ orderIds: [String]) async -> Int {
        var seen = Set<String>()
        var stored = 0
        for id in orderIds where seen.insert(id).inserted {
            guard seen.count <= Self.limit else { break }
            do {
                let order = try OrderMapping.map(try await client.getOrderAtOnce(orderId: id))
                _ = try store.ingest([order], watermark: nil, at: clock.now)
                stored += 1
            } catch is RateLimitWouldWait {
                break  // the bucket is empty: the others would not go either
            } catch {
                continue  // left to the next sync
            }
        }
        return stored
    }
}
