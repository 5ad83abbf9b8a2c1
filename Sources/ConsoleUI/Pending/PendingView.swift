import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// Pending orders with their age and what they reserve, then per SKU on hand, reserved and offered (R9, R25).
    static func drawPending(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        let settings = s.overview.settings
        let n = s.overview.awaitingPayment
        let preOrders = s.overview.byStatus[.pendingAvailability] ?? 0
        var title = preOrders > 0 ? tr("orders.pending.title.preorders", n, preOrders) : tr("orders.pending.title", n)
        if let settings {
            let on = tr("orders.pending.switch.on"), off = tr("orders.pending.switch.off")
            title += " · " + tr("orders.pending.title.settings", settings.importPending ? on : off, settings.reservePending ? on : off)
        }
        let short = s.overview.shortReservations
        if !short.isEmpty { title += " · ! " + tr("orders.pending.title.short", short.count) }
        screen.put(title, row: top, column: 0, style: .bold)
        let listHeight = Layout.listHeight(s, .pending)
        var reservedBy: [String: [Reservation]] = [:]
        for r in s.overview.reservations { reservedBy[r.amazonOrderId, default: []].append(r) }

        // Each column as wide as its English width, or as its header in this language.
        let wide = { (text: String, width: Int) in (text, max(width, DisplayWidth.of(text))) }
        let columns = [("", 1), wide(tr("orders.column.order"), 19), wide(tr("orders.pending.column.waiting"), 7),
                       wide(tr("orders.column.channel"), 3), wide(tr("orders.column.quantity"), 3)]
        var header = RowWriter()
        for (t, w) in columns + [(tr("orders.pending.column.stock"), 40)] {
            header.field(&screen, top + 1, t, w, .dim)
        }
        let list = s.pending
        if list.rows.isEmpty {
            screen.put(list.loaded ? tr("orders.pending.empty") : tr("orders.reading"), row: top + 2, column: 2, style: .dim)
        }
        for (i, order) in list.rows.prefix(listHeight).enumerated() {
            let row = top + 2 + i
            var w = RowWriter()
            let shortage = short[order.amazonOrderId]
            // Flagged at once: paid now, this order would be blocked for short stock (R5, R9).
            w.field(&screen, row, shortage == nil ? "" : "!", columns[0].1, .late)
            w.field(&screen, row, order.amazonOrderId, columns[1].1)
            // Waiting a day or more stands out.
            let waited = s.now.timeIntervalSince(order.purchaseDate)
            w.field(&screen, row, Format.span(waited), columns[2].1, waited >= 86_400 ? .dueToday : .plain)
            w.field(&screen, row, order.fulfillmentChannel.code, columns[3].1)
            w.field(&screen, row, String(order.itemCount), columns[4].1, right: true)
            var held = reservedBy[order.amazonOrderId].map { rs in tr("orders.pending.reserves", rs.map { "\($0.quantity)× \($0.sku)" }.joined(separator: ", ")) }
            if let shortage, held != nil {
                held! += " · " + tr("orders.pending.stock.short", shortage.compactMap { b -> String? in
                    guard case .stockShort(let sku, _, let available) = b else { return nil }
                    return tr("orders.pending.stock.left", available, sku)
                }.joined(separator: ", "))
            }
            // Amazon ships its own orders from its own warehouse: the merchant's shelf gives nothing (R14).
            let imported = order.fulfillmentChannel == .amazon ? tr("orders.pending.imported.afn") : tr("orders.pending.imported")
            let stock = held ?? (order.localStatus != nil ? imported : ours(order))
            // A pre-order waits for the product's release as well as for payment.
            let what = order.status == .pendingAvailability ? tr("orders.pending.preorder", stock) : stock
            w.field(&screen, row, what, max(10, s.size.columns - w.x), shortage == nil ? .plain : .late)
            if i == list.selected { screen.highlight(row: row) }
            screen.clickable(.row(i), row: row)
        }

        let stockTop = top + 2 + listHeight
        screen.put(tr("orders.pending.stock.title"),  // R25
                   row: stockTop + 1, column: 0, style: .bold)
        var h = RowWriter()
        let stockColumns = [("SKU", 18), wide(tr("orders.pending.column.on.hand"), 7), wide(tr("orders.pending.column.reserved"), 8),
                     wide(tr("orders.pending.column.held"), 5), wide(tr("orders.pending.column.offered"), 7)]
        for (i, (t, w)) in stockColumns.enumerated() {
            h.field(&screen, stockTop + 2, t, w, .dim, right: i > 0)
        }
        h.field(&screen, stockTop + 2, tr("orders.pending.column.product"), max(5, s.size.columns - h.x), .dim)
        let products = s.overview.catalog.sorted { ($0.stock.reserved, $1.product.sku) > ($1.stock.reserved, $0.product.sku) }
        for (i, entry) in products.prefix(Layout.stockBlockHeight(s) - 3).enumerated() {
            let row = stockTop + 3 + i
            guard row < top + height else { break }
            var w = RowWriter()
            w.field(&screen, row, entry.product.sku, stockColumns[0].1)
            w.field(&screen, row, String(entry.stock.onHand), stockColumns[1].1, right: true)
            w.field(&screen, row, String(entry.stock.reserved), stockColumns[2].1, entry.stock.reserved > 0 ? .warning : .plain, right: true)
            w.field(&screen, row, String(entry.stock.held), stockColumns[3].1, right: true)
            w.field(&screen, row, entry.offeredOnAmazon.map(String.init) ?? "—", stockColumns[4].1, right: true)
            w.field(&screen, row, entry.product.title, max(5, s.size.columns - w.x))
        }
    }
}
