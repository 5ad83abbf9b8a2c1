import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// Pending orders with their age and what they reserve, then per SKU on hand, reserved and offered (R9, R25).
    static func drawPending(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        let settings = s.overview.settings
        let n = s.overview.awaitingPayment
        let preOrders = s.overview.byStatus[.pendingAvailability] ?? 0
        var title = "Pending · \(Format.plural(n, "order")) awaiting payment\(preOrders > 0 ? " (\(preOrders) pre-order\(preOrders == 1 ? "" : "s"))" : "")"
        if let settings {
            title += " · import pending \(settings.importPending ? "on" : "off") · reserve stock \(settings.reservePending ? "on" : "off")"
        }
        let short = s.overview.shortReservations
        if !short.isEmpty { title += " · ! \(short.count) short of stock" }
        screen.put(title, row: top, column: 0, style: .bold)
        let listHeight = Layout.listHeight(s, .pending)
        var reservedBy: [String: [Reservation]] = [:]
        for r in s.overview.reservations { reservedBy[r.amazonOrderId, default: []].append(r) }

        var header = RowWriter()
        for (t, w) in [("", 1), ("ORDER", 19), ("WAITING", 7), ("CH", 3), ("QTY", 3), ("STOCK", 0)] {
            header.field(&screen, top + 1, t, w == 0 ? 40 : w, .dim)
        }
        let list = s.pending
        if list.rows.isEmpty {
            screen.put(list.loaded ? "No pending orders." : "Reading orders…", row: top + 2, column: 2, style: .dim)
        }
        for (i, order) in list.rows.prefix(listHeight).enumerated() {
            let row = top + 2 + i
            var w = RowWriter()
            let shortage = short[order.amazonOrderId]
            // Flagged at once: paid now, this order would be blocked for short stock (R5, R9).
            w.field(&screen, row, shortage == nil ? "" : "!", 1, .late)
            w.field(&screen, row, order.amazonOrderId, 19)
            w.field(&screen, row, Format.span(s.now.timeIntervalSince(order.purchaseDate)), 7, Format.span(s.now.timeIntervalSince(order.purchaseDate)).hasSuffix("d") ? .dueToday : .plain)
            w.field(&screen, row, order.fulfillmentChannel.code, 3)
            w.field(&screen, row, String(order.itemCount), 3, right: true)
            var held = reservedBy[order.amazonOrderId].map { rs in "reserves " + rs.map { "\($0.quantity)× \($0.sku)" }.joined(separator: ", ") }
            if let shortage, held != nil {
                held! += " · stock short: " + shortage.compactMap { b -> String? in
                    guard case .stockShort(let sku, _, let available) = b else { return nil }
                    return "\(available) of \(sku) left for it"
                }.joined(separator: ", ") + "; paid now it would be blocked"
            }
            // Amazon ships its own orders from its own warehouse: the merchant's shelf gives nothing (R14).
            let imported = order.fulfillmentChannel == .amazon ? "imported: Amazon ships it from its stock, none of yours" : "imported: takes stock"
            let stock = held ?? (order.localStatus != nil ? imported : ours(order))
            // A pre-order waits for the product's release as well as for payment.
            let what = order.status == .pendingAvailability ? "pre-order · " + stock : stock
            w.field(&screen, row, what, max(10, s.size.columns - w.x), shortage == nil ? .plain : .late)
            if i == list.selected { screen.highlight(row: row) }
            screen.clickable(.row(i), row: row)
        }

        let stockTop = top + 2 + listHeight
        screen.put("Stock per SKU · offered = (override or on hand) − reserved − held, not below 0",  // R25
                   row: stockTop + 1, column: 0, style: .bold)
        var h = RowWriter()
        for (t, w, right) in [("SKU", 18, false), ("ON HAND", 7, true), ("RESERVED", 8, true), ("HELD", 5, true), ("OFFERED", 7, true)] {
            h.field(&screen, stockTop + 2, t, w, .dim, right: right)
        }
        h.field(&screen, stockTop + 2, "PRODUCT", max(5, s.size.columns - h.x), .dim)
        let products = s.overview.catalog.sorted { ($0.stock.reserved, $1.product.sku) > ($1.stock.reserved, $0.product.sku) }
        for (i, entry) in products.prefix(Layout.stockBlockHeight(s) - 3).enumerated() {
            let row = stockTop + 3 + i
            guard row < top + height else { break }
            var w = RowWriter()
            w.field(&screen, row, entry.product.sku, 18)
            w.field(&screen, row, String(entry.stock.onHand), 7, right: true)
            w.field(&screen, row, String(entry.stock.reserved), 8, entry.stock.reserved > 0 ? .warning : .plain, right: true)
            w.field(&screen, row, String(entry.stock.held), 5, right: true)
            w.field(&screen, row, entry.offeredOnAmazon.map(String.init) ?? "—", 7, right: true)
            w.field(&screen, row, entry.product.title, max(5, s.size.columns - w.x))
        }
    }
}
