import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore

/// The orders list as aligned text columns (Unicode names and emoji keep their columns).
enum OrderTable {
    static func render(_ rows: [OrderSummary], now: Date) -> String {
        guard !rows.isEmpty else { return tr("commands.orders.none") }
        // Headers are fitted by display width like the cells, so each starts where its column does in every language;
        // a header longer than its column widens it (never cut).
        let columns: [(String, Int)] = [(tr("commands.orders.col.order"), 19), (tr("commands.orders.col.purchased"), 9),
                                        (tr("commands.orders.col.amazon"), 12), (tr("commands.orders.col.local"), 10),
                                        (tr("commands.orders.col.channel"), 3), (tr("commands.orders.col.buyer"), 20),
                                        (tr("commands.orders.col.quantity"), 3), (tr("commands.orders.col.total"), 13),
                                        (tr("commands.orders.col.ship-by"), 9), ("", 20)].map { ($0, max($1, DisplayWidth.of($0))) }
        var table: [[String]] = []
        for row in rows {
            let local = row.localStatus?.label ?? (row.importState == .imported ? "" : row.importState.label)
            let buyer = row.buyerName ?? (row.status.isPending ? tr("commands.orders.buyer-pending") : "—")
            let total = row.total.map { LanguageFormat.money($0, .current) } ?? "—"
            // An order shipped by our own record is done, whatever Amazon says until it confirms (R15).
            let shipBy = row.isOpenToShip ? RelativeTime.deadline(row.latestShipDate, now: now) : ""
            let cells: [String] = [
                row.amazonOrderId, RelativeTime.ago(row.purchaseDate, now: now), statusWord(row), local,
                row.fulfillmentChannel.code, buyer, String(row.itemCount), total, shipBy,
                // The last column is as long as its words: BLOCKED, or the buyer's request to cancel (its reason is in `merchant order`).
                row.importState == .blocked ? tr("commands.orders.blocked") : (row.buyerCancelRequest != nil ? BuyerCancelRequest().words : ""),
            ]
            table.append(cells)
        }
        // In German and Thai the columns of our own words (when, statuses, ship-by) widen to their longest word rather
        // than cut it; ids, names and amounts keep their width. English keeps the widths its scripts know, to the byte.
        let widens: Set<Int> = Language.current == .english ? [] : [1, 2, 3, 8]
        let widths = columns.enumerated().map { i, column in
            widens.contains(i) ? table.reduce(column.1) { max($0, DisplayWidth.of($1[i])) } : column.1
        }
        var lines = [zip(columns, widths).map { CLIText.fit($0.0, $1) }.joined(separator: " ")]
        for cells in table { lines.append(zip(cells, widths).map { CLIText.fit($0, $1) }.joined(separator: " ")) }
        return lines.map { CLIText.inert($0).replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }.joined(separator: "\n")
    }

    /// The Amazon column: Amazon's status, or where Amazon is with the merchant's shipments while its report lags.
    static func statusWord(_ row: OrderSummary) -> String {
        switch row.amazonStatusShown {
        case .amazon(let status): status.label
        case .confirming: tr("commands.orders.confirming")
        case .accepted: tr("commands.orders.accepted")
        }
    }
}

extension LocalOrderStatus {
    /// How the command line names the merchant's own order's status.
    var label: String {
        switch self {
        case .processing: tr("commands.local-status.processing")
        case .shipped: tr("commands.local-status.shipped")
        case .cancelled: tr("commands.local-status.cancelled")
        case .refunded: tr("commands.local-status.refunded")
        case .partiallyRefunded: tr("commands.local-status.partially-refunded")
        }
    }
}

extension PaymentStatus {
    var label: String {
        switch self {
        case .notYetSubmitted: tr("commands.payment.not-yet-submitted")
        case .paid: tr("commands.payment.paid")
        }
    }
}

extension ImportState {
    /// How the list names an order that has no local order.
    var label: String {
        switch self {
        case .imported: tr("commands.import-state.imported")
        case .blocked: tr("commands.import-state.blocked")
        case .reserved: tr("commands.import-state.reserved")
        case .awaitingPayment: tr("commands.import-state.awaiting")
        case .readOnly: tr("commands.import-state.read-only")
        case .beforeConnection: tr("commands.import-state.before")
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
        return d >= 0 ? tr("common.ago", span(d)) : tr("common.in", span(d))
    }

    static func deadline(_ date: Date?, now: Date) -> String {
        guard let date else { return "" }
        let d = date.timeIntervalSince(now)
        return d < 0 ? tr("commands.time.late", span(d)) : tr("common.in", span(d))
    }
}
