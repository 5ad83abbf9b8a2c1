import Foundation
import MerchantCore

/// The columns of a pick line: bin, units, SKU and title fixed, the orders it serves take the rest.
struct PickColumns {
    let bin: Int
    let qty = 4
    let sku: Int
    let title: Int
    let orders: Int

    /// At 80 columns the SKU gets 16 (the demo's longest), the orders 32: one order and "+2 more"; a wide window gives the title 48 and three orders.
    init(columns: Int) {
        let wide = columns >= 120
        bin = wide ? 10 : 7
        sku = wide ? 18 : 16
        title = wide ? 48 : 17
        orders = max(8, columns - bin - qty - sku - title - 4)
    }
}

extension Console {
    /// The pick list: a line per product in the order the bins are walked (no bin last), its units, and the orders
    /// it serves, as many as fit and then how many more.
    static func drawPick(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let lines = s.pick.lines else {
            screen.put(tr("pick.pane"), row: top, column: 0, style: .bold)
            screen.put(tr("pick.reading"), row: top + 1, column: 2, style: .dim)
            return
        }
        let orders = Set(lines.flatMap { $0.orders.map(\.amazonOrderId) }).count
        screen.put(lines.isEmpty ? tr("pick.pane") : tr("pick.title", PickList.units(lines), lines.count, orders), row: top, column: 0, style: .bold)
        let c = PickColumns(columns: s.size.columns)
        var h = RowWriter()
        h.field(&screen, top + 1, tr("parcel.column.bin"), c.bin, .dim)
        h.field(&screen, top + 1, tr("parcel.column.qty"), c.qty, .dim, right: true)
        h.field(&screen, top + 1, "SKU", c.sku, .dim)
        h.field(&screen, top + 1, tr("parcel.column.title"), c.title, .dim)
        h.field(&screen, top + 1, tr("pick.column.orders"), c.orders, .dim)
        if lines.isEmpty {
            for (i, line) in TextFit.wrap(tr("parcel.picklist.empty"), s.size.columns - 2).enumerated() {
                screen.put(line, row: top + 2 + i, column: 2, style: .dim)
            }
            return
        }
        for (offset, line) in lines.enumerated().dropFirst(s.pick.top).prefix(Layout.pickHeight(s)).enumerated() {
            let (index, row) = (line.offset, top + 2 + offset)
            var w = RowWriter()
            w.field(&screen, row, line.element.bin?.text ?? "—", c.bin, line.element.bin == nil ? .dim : .bold)
            w.field(&screen, row, "\(line.element.quantity)", c.qty, .bold, right: true)
            w.field(&screen, row, line.element.sku, c.sku)
            w.field(&screen, row, line.element.title, c.title)
            w.field(&screen, row, served(line.element.orders, c.orders), c.orders, .dim)
            if index == s.pick.selected { screen.highlight(row: row) }
            screen.clickable(.row(index), row: row)
        }
    }

    /// "302-1111111-0000001 ×2, +1 more": the orders that fit whole, then how many are left; "3 orders" when not one fits.
    static func served(_ orders: [PickListLine.ForOrder], _ width: Int) -> String {
        let each = orders.map { "\($0.amazonOrderId) ×\($0.quantity)" }
        for shown in stride(from: each.count, through: 1, by: -1) {
            let more = each.count - shown
            let text = (each.prefix(shown) + (more > 0 ? [tr("pick.orders.more", more)] : [])).joined(separator: ", ")
            if DisplayWidth.of(text) <= width { return text }
        }
        return tr("pick.orders.count", each.count)
    }
}
