import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Reads the refunds Amazon posted (Finances 2024-06-19 `listTransactions`), so that refunds made on Amazon
/// directly show as such (R23) and the console's own are matched to Amazon's record of them.
/// Incremental: from the Finances watermark less 48 hours (Amazon reports some transactions that late) to two
/// minutes before now, in ranges of at most 180 days (`FinancesWindow`), every page of each. A refund is
/// recorded once by its transaction id, so what the overlap reads again changes nothing.
struct RefundPull {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    /// How often one nextToken may be followed before paging is called a loop (as for orders, `PagingGuard`).
    static let pagingLimit = 5

    func run() async throws -> (new: Int, onAmazon: Int) {
        let settings = try store.settings()
        let ranges = FinancesWindow.ranges(watermark: try store.financesWatermark(), connectedAt: settings.connectedAt, now: clock.now)
        var total = (new: 0, onAmazon: 0)
        for range in ranges {
            var token: String?
            var followed: [String: Int] = [:]
            repeat {
                let page = try await client.listTransactions(postedAfter: range.after, postedBefore: range.before, nextToken: token)
                let refunds = try (page.transactions ?? []).compactMap(Self.refund)
                token = page.nextToken.flatMap { $0.isEmpty ? nil : $0 }
                if let token {
                    let times = followed[token, default: 0] + 1
                    followed[token] = times
                    guard times <= Self.pagingLimit else { throw SPAPIError.pagingLoop(operation: .listTransactions, times: times) }
                }
                // The watermark moves only when a range was read to its last page.
                let recorded = try store.recordAmazonRefunds(refunds, watermark: token == nil ? range.before : nil)
                total.new += recorded.new
                total.onAmazon += recorded.onAmazon
            } while token != nil
        }
        return total
    }

    /// A refund transaction as a positive amount, keyed by its transaction id. Other transactions (shipments,
    /// fees, transfers) and a refund without an order, a posting date or an amount are not refunds this console
    /// can place, and are skipped; an amount that is not a number refuses the page whole.
    static func refund(_ t: Transaction) throws -> AmazonRefundEvent? {
        guard t.transactionType?.caseInsensitiveCompare("Refund") == .orderedSame,
              let orderId = t.relatedIdentifier("ORDER_ID"), !orderId.isEmpty,
              let postedText = t.postedDate, let posted = SPAPIDate.parse(postedText),
              let code = t.totalAmount?.currencyCode, let text = t.totalAmount?.amountText else { return nil }
        let total = try Money(parsing: text, currency: code, allowNegative: true)
        guard total.minorUnits != 0 else { return nil }
        // Amazon books a refund as money leaving the seller: negative.
        let key = t.transactionId.flatMap { $0.isEmpty ? nil : $0 } ?? "\(orderId)@\(postedText)#\(total.minorUnits)"
        return AmazonRefundEvent(eventKey: key, amazonOrderId: orderId, postedAt: posted,
                                 amount: Money(minorUnits: -total.minorUnits, currency: total.currency))
    }
}
