import Foundation
import MerchantCore
import MerchantStore

/// The orders list as aligned text columns (Unicode names and emoji keep their columns).
enum OrderTable {
    static func render(_ rows: [OrderSummary], now: Date) -> String {
        guard !rows.isEmpty else { return "No orders yet: run `merchant sync`." }
        let columns: [(String, Int)] = [("ORDER", 19), ("PURCHASED", 9), ("AMAZON", 12), ("LOCAL", 10), ("CH", 3),
                                        ("BUYER", 20), ("QTY", 3), ("TOTAL", 13), ("SHIP BY", 9), ("", 20)]
        var lines = [columns.map { CLIText.fit($0.0, $0.1) }.joined(separator: " ")]
        for row in rows {
            let local = row.localStatus?.rawValue ?? (row.importState == .imported ? "" : row.importState.label)
            let buyer = row.buyerName ?? (row.status.isPending ? "(pending)" : "—")
            let total = row.total.map { "\($0.amountText) \($0.currency)" } ?? "—"
            // An order shipped by our own record is done, whatever Amazon says until it confirms (R15).
            let shipBy = row.isOpenToShip ? RelativeTime.deadline(row.latestShipDate, now: now) : ""
            let cells: [String] = [
                row.amazonOrderId, RelativeTime.ago(row.purchaseDate, now: now), row.awaitsAmazon ? "confirming…" : row.status.label, local,
                row.fulfillmentChannel.code, buyer, String(row.itemCount), total, shipBy,
                // The last column is as long as its words: BLOCKED, or the buyer's request to cancel (its reason is in `merchant order`).
                row.importState == .blocked ? "BLOCKED" : (row.buyerCancelRequest != nil ? BuyerCancelRequest().words : ""),
            ]
            lines.append(zip(cells, columns).map { CLIText.fit($0, $1.1) }.joined(separator: " "))
        }
        return lines.map { CLIText.inert($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }
}

extension ImportState {
    /// How the list names an order that has no local order.
    var label: String {
        switch self {
        case .imported: "imported"
        case .blocked: "blocked"
        case .reserved: "reserved"
        case .awaitingPayment: "awaiting"
        case .readOnly: "read only"
        case .beforeConnection: "before"
        case .none: "—"
        }
    }
}

/// "5m", "3h", "2d" ago, and ship-by countdowns ("in 4h", "LATE 2h").
enum RelativeTime {
    static func span(_ seconds: Double) -> String {
        TimeSpanText.short(seconds)
    }

    static func ago(_ date: Date, now: Date) -> String {
        let d = now.timeIntervalSince(date)
        return d >= 0 ? "\(span(d)) ago" : "in \(span(d))"
    }

    static func deadline(_ date: Date?, now: Date) -> String {
        guard let date else { return "" }
        let d = date.timeIntervalSince(now)
        return d < 0 ? "LATE \(span(d))" : "in \(span(d))"
    }
}
