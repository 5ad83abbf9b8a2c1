import Foundation
import MerchantCore
import MerchantStore

/// The columns of a shop order row.
struct ShopColumns {
    static let reference = 9
    static var age: Int { AgeColumn.width }
    let buyer: Int
    let items: Int
    let who: Int

    /// Amazon's tracking number fits in WHO SHIPS only in a wide window; in 80 columns it is cut ("Amazon: Complete DHL TBA…")
    /// and said in full below the list. A wide window gives the items up to 44 columns, the rest to WHO SHIPS.
    init(columns: Int) {
        buyer = columns >= 120 ? 24 : 14
        let room = columns - Self.reference - Self.age - buyer - 4
        items = min(44, max(8, room - 25))
        who = max(8, room - items)
    }
}

extension Console {
    /// Shop orders newest first: reference, age, buyer, items and who ships it (R26); a note says why the
    /// merchant ships one (a mixed order, Amazon cannot fill it: R27); the selected order in full below.
    static func drawShop(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        let orders = s.shop.orders
        var title = tr("shop.title")
        if !orders.isEmpty {
            let open = orders.filter { $0.status == .processing }
            let amazon = open.filter(ShopFulfilment.byAmazon).count
            title += " · " + tr("shop.title.counts", amazon, open.count - amazon, orders.filter { $0.status == .shipped }.count)
        }
        if let w = s.shop.window, w.orders.count >= w.limit { title += " · " + tr("shop.title.limit", w.limit) }
        screen.put(title, row: top, column: 0, style: .bold)

        let c = ShopColumns(columns: s.size.columns)
        var h = RowWriter()
        for (text, width) in [(tr("shop.column.ref"), ShopColumns.reference), (tr("shop.column.age"), ShopColumns.age), (tr("shop.column.buyer"), c.buyer),
                              (tr("shop.column.items"), c.items), (tr("shop.column.who"), c.who)] {
            h.field(&screen, top + 1, text, width, .dim)
        }
        guard let window = s.shop.window, !orders.isEmpty else {
            let empty = s.shop.window == nil ? tr("shop.reading") : tr("shop.empty")
            for (i, line) in TextFit.wrap(empty, s.size.columns - 2).enumerated() { screen.put(line, row: top + 2 + i, column: 2, style: .dim) }
            return
        }
        let lines = ShopLines.build(s.shop)
        let listHeight = Layout.shopListHeight(s)
        for (offset, line) in lines.dropFirst(s.shop.top).prefix(listHeight).enumerated() {
            let row = top + 2 + offset
            switch line {
            case .order(let i):
                let o = orders[i]
                var w = RowWriter()
                w.field(&screen, row, o.reference, ShopColumns.reference)
                w.field(&screen, row, Format.span(s.now.timeIntervalSince(o.createdAt)), ShopColumns.age, .dim)
                w.field(&screen, row, o.buyerName, c.buyer)
                w.field(&screen, row, ShopFulfilment.items(o), c.items)
                let (who, style) = ShopFulfilment.column(o, cancelAsked: window.cancelAsked.contains(o.reference))
                w.field(&screen, row, who, c.who, style)
                if i == s.shop.selected { screen.highlight(row: row) }
                screen.clickable(.row(i), row: row)
            case .note(let i):
                let x = ShopColumns.reference + 1
                screen.put(TextFit.pad("↳ " + (orders[i].noteInMerchantsWords ?? ""), s.size.columns - x), row: row, column: x, style: .dim)
            }
        }
        if let o = s.shop.selectedOrder {
            let detailTop = top + height - Layout.shopDetailHeight
            let head = "\(o.reference) · \(o.buyerName) · \(ShopFulfilment.address(o.address))"
            screen.put(TextFit.pad(head, s.size.columns), row: detailTop, column: 0, style: .bold)
            let text = shopSummary(o, s, cancelAsked: window.cancelAsked.contains(o.reference))
            for (i, line) in TextFit.wrap(text, s.size.columns).prefix(Layout.shopDetailHeight - 1).enumerated() {
                screen.put(line, row: detailTop + 1 + i, column: 0)
            }
        }
    }

    /// The selected order in a sentence or two: who ships it and how far it has come, why, and the key that acts on it.
    static func shopSummary(_ o: ShopOrder, _ s: ConsoleState, cancelAsked: Bool) -> String {
        let note = o.noteInMerchantsWords.map { " (\($0))" } ?? ""
        guard ShopFulfilment.byAmazon(o), let f = o.fulfillment else {
            switch o.status {
            case .processing: return tr("shop.summary.you", note)
            case .shipped: return tr("shop.summary.shipped", note)
            default: return tr("shop.summary.status", ShopFulfilment.status(o.status), note)
            }
        }
        let updated = f.statusUpdatedAt.map { " \(Format.ago($0, s.now))" } ?? ""
        var text: String
        if f.status == ShopOrderRules.notSent {
            text = tr("shop.summary.fba.not-sent")
        } else if ShopFulfilment.amazonStatus(o)?.isShipped == true {
            text = f.trackingNumber.map { tr("shop.summary.fba.shipped.tracking", f.carrier ?? "Amazon", $0, updated) } ?? tr("shop.summary.fba.shipped", updated)
        } else {
            text = tr("shop.summary.fba", f.status, updated)
        }
        if cancelAsked {
            text += " " + tr("shop.summary.cancel-asked")
        } else if ShopFulfilment.refusalToCancel(o, cancelAsked: false) == nil {
            text += " " + tr("shop.summary.x")
        }
        return text
    }
}
