import Foundation
import GRDB

/// One item's share of a posted refund, in minor units of the order's currency.
struct RefundEventLine: Codable, Equatable {
    var itemId: String
    var sku: String
    var amount: Int64
}

/// Records a refund on the order and posts it for the Finances API, in the caller's transaction.
enum RefundLedger {
    /// `postedAt`, when given, is the earlier date Finances books it at (Amazon posts some transactions late).
    static func post(_ db: Database, _ order: inout SimOrder, _ refund: SimRefund, lines: [RefundEventLine], postedAt: Int64? = nil) throws {
        order.refunds.append(refund)
        order.updated = refund.at
        try OrderTable.update(db, order)
        try db.execute(sql: "INSERT INTO refundEvent (orderId, postedAt, lines) VALUES (?, ?, ?)",
                       arguments: [order.id, postedAt ?? refund.at, try JSONEncoder().encode(lines)])
    }

    /// A Seller Central refund names no items: Amazon books it against the items in order, each up to its value.
    static func spread(_ amount: Int64, over order: SimOrder) -> [RefundEventLine] {
        var rest = amount
        var lines: [RefundEventLine] = []
        for item in order.items where rest > 0 {
            let take = min(rest, item.unitPrice * Int64(item.quantity))
            lines.append(RefundEventLine(itemId: item.id, sku: item.sku, amount: take))
            rest -= take
        }
        if rest > 0, !lines.isEmpty { lines[0].amount += rest }
        return lines
    }
}
