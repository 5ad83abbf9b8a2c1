import Foundation
import MerchantCore
import MerchantStore

/// The columns of an order row, and which a narrow window gives up first.
struct OrderColumns {
    enum Column: CaseIterable {
        case mark, id, purchased, status, channel, buyer, quantity, local, total, shipBy
    }

    let shown: [Column]
    let buyerWidth: Int

    /// A column's width: its English width, or wider where the language's header or ship-by words need it.
    static func width(_ c: Column) -> Int {
        switch c {
        case .mark, .buyer: base(c)
        case .shipBy: max(base(c), DisplayWidth.of(title(c)), widestShipBy)
        default: max(base(c), DisplayWidth.of(title(c)))
        }
    }

    /// The widest deadline the ship-by column writes: late or due, by minutes, hours or days (R15).
    static var widestShipBy: Int {
        let spans: [Double] = [59 * 60, 23 * 3_600, 9 * 86_400]
        var widest = 0
        for span in spans.map(Format.span) {
            widest = max(widest, DisplayWidth.of(tr("common.late", span)), DisplayWidth.of(tr("common.in", span)))
        }
        return widest
    }

    static func base(_ c: Column) -> Int {
        switch c {
        case .mark: 1
        case .id: 19
        case .purchased: 7
        case .status: 12
        case .channel: 3
        case .buyer: 14
        case .quantity: 3
        case .local: 11
        case .total: 12
        case .shipBy: 8
        }
    }

    /// Hidden first when the window is narrow: the amount, then our own status (the detail has both), the
    /// channel, the quantity, the age, and below 60 columns Amazon's status. The mark, the order id, the buyer
    /// and the ship-by deadline (R15) stay; under 45 columns the buyer's name is cut shorter instead.
    static let hideOrder: [Column] = [.total, .local, .channel, .quantity, .purchased, .status]

    /// The narrowest the buyer's name is cut to before anything else gives way.
    static let narrowestBuyer = 4

    init(columns: Int) {
        var shown = Column.allCases
        func needed(_ cs: [Column]) -> Int { cs.map(Self.width).reduce(0, +) + cs.count - 1 }
        for c in Self.hideOrder where needed(shown) > columns { shown.removeAll { $0 == c } }
        self.shown = shown
        let spare = columns - needed(shown)
        buyerWidth = spare < 0 ? max(Self.narrowestBuyer, Self.width(.buyer) + spare) : min(36, Self.width(.buyer) + spare)
    }

    func width(_ c: Column) -> Int { c == .buyer ? buyerWidth : Self.width(c) }

    static func title(_ c: Column) -> String {
        switch c {
        case .mark: ""
        case .id: tr("orders.column.order")
        case .purchased: tr("orders.column.bought")
        case .status: tr("orders.column.amazon")
        case .channel: tr("orders.column.channel")
        case .buyer: tr("orders.column.buyer")
        case .quantity: tr("orders.column.quantity")
        case .local: tr("orders.column.ours")
        case .total: tr("orders.column.total")
        case .shipBy: tr("orders.column.ship.by")
        }
    }

    static func isRight(_ c: Column) -> Bool { c == .quantity || c == .total }
}

extension Console {
    static func drawOrders(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        let list = s.orders
        var title: [String] = []
        // What is listed, and how many: the store's count of the same list, not of the rows read so far.
        let n = list.count ?? (list.sort == .newest ? count(s, list.filter) : nil)
        let figure = n.map { tr("orders.count", $0) } ?? tr("orders.counting")
        if let search = list.search {
            title.append(tr("orders.title.search", search, figure))
        } else if list.sort == .urgency {
            // Urgency lists only what is still to ship: it says so, and counts those.
            let filter = OrderFilters.label(list.filter)
            let full = tr("orders.title.urgency", filter, figure)
            let short = tr("orders.title.urgency.short", filter, figure)
            title.append(DisplayWidth.of(full) <= s.size.columns ? full : short)
        } else {
            let filter = "\(OrderFilters.label(list.filter)) (\(n.map(String.init) ?? "…"))"
            let full = tr("orders.title.newest", filter)
            // A narrow window keeps the figures and drops the words.
            title.append(DisplayWidth.of(full) <= s.size.columns ? full : tr("orders.title.newest.short", filter))
        }
        let asking = s.overview.cancelRequests
        if asking > 0, list.filter != .buyerCancelRequest, list.search == nil {
            title.append("\(BuyerCancelRequest.howMany(asking)) (\(cancelRequestMark))")
        }
        if !list.marked.isEmpty {
            title.append(tr("orders.title.marked", list.marked.count))
        }
        if s.overview.settings?.importOrders == false {
            // R4: with import off the list is for reading; nothing here changes stock or Amazon.
            title.append(tr("orders.title.import.off"))
        }
        screen.put(title.joined(separator: " · "), row: top, column: 0, style: .bold)
        drawOrderRows(&screen, s, list, top: top + 1, height: height - 1, emptyText: emptyText(s))
    }

    static func emptyText(_ s: ConsoleState) -> String {
        if s.orders.search != nil { return tr("orders.empty.search") }
        if !s.orders.loaded { return tr("orders.reading") }
        if s.orders.filter != .all { return tr("orders.empty.filter") }
        return s.sync.enabled ? tr("orders.empty.sync") : tr("orders.empty")
    }

    static func count(_ s: ConsoleState, _ filter: OrderFilter) -> Int {
        switch filter {
        case .all: s.overview.byStatus.values.reduce(0, +)
        case .status(let status): s.overview.byStatus[status] ?? 0
        case .importState(let state): s.overview.byImportState[state] ?? 0
        case .awaitingPayment: s.overview.awaitingPayment
        case .buyerCancelRequest: s.overview.cancelRequests
        }
    }

    /// The column header and the window of rows on screen.
    static func drawOrderRows(_ screen: inout Screen, _ s: ConsoleState, _ list: OrderList, top: Int, height: Int, emptyText: String) {
        let layout = OrderColumns(columns: s.size.columns)
        var header = RowWriter()
        for c in layout.shown {
            header.field(&screen, top, OrderColumns.title(c), layout.width(c), .dim, right: OrderColumns.isRight(c))
        }
        guard !list.rows.isEmpty else {
            screen.put(emptyText, row: top + 1, column: 2, style: .dim)
            return
        }
        let shown = list.rows.dropFirst(list.top).prefix(max(0, height - 1))
        for (offset, order) in shown.enumerated() {
            let row = top + 1 + offset
            var w = RowWriter()
            for c in layout.shown {
                let (text, style) = c == .mark && list.marked.contains(order.amazonOrderId) ? ("✓", Style.good) : cell(c, order, s.now)
                w.field(&screen, row, text, layout.width(c), style, right: OrderColumns.isRight(c))
            }
            if list.top + offset == list.selected { screen.highlight(row: row) }
            screen.clickable(.row(list.top + offset), row: row)
        }
    }

    static func cell(_ c: OrderColumns.Column, _ o: OrderSummary, _ now: Date) -> (String, Style) {
        switch c {
        case .mark:
            if o.importState == .blocked { return ("!", .late) }
            if o.buyerCancelRequest != nil { return (cancelRequestMark, .warning) }
            return o.importState == .readOnly ? ("·", .dim) : ("", .plain)
        case .id: return (o.amazonOrderId, .plain)
        case .purchased: return (Format.span(now.timeIntervalSince(o.purchaseDate)), .dim)
        // Amazon's status lags our own shipments until it confirms them, and says so.
        case .status:
            switch o.amazonStatusShown {
            case .confirming: return (tr("orders.confirming"), .dim)
            case .accepted: return (tr("orders.accepted"), .plain)
            case .amazon: break
            }
            // The buyer asks Amazon to cancel: said where Amazon's status goes, the detail says why.
            if o.buyerCancelRequest != nil { return (cancelRequestStatus, .warning) }
            return (o.status.label, o.status.isPending ? .dim : .plain)
        case .channel: return (o.fulfillmentChannel.code, o.fulfillmentChannel == .amazon ? Style(color: .cyan) : .plain)
        case .buyer: return (o.buyerName ?? (o.status.isPending ? tr("orders.buyer.pending") : "—"), .plain)
        case .quantity: return (String(o.itemCount), .plain)
        case .local: return (ours(o), o.importState == .blocked ? .late : .plain)
        case .total: return (Format.money(o.total), .plain)
        case .shipBy:
            // An order the merchant shipped in full is not late, whatever Amazon still says (R15).
            return o.isOpenToShip ? Format.shipBy(o.latestShipDate, now) : ("", .plain)
        }
    }

    /// Our side of the status badge: the local order's status, or why there is none.
    static func ours(_ o: OrderSummary) -> String {
        if let local = o.localStatus { return local == .partiallyRefunded ? tr("orders.ours.part.refund") : localWord(local) }
        switch o.importState {
        // Why, in a few words (Enter offers the fix); "blocked" when the reason cannot be read back.
        case .blocked: return o.blockers.lazy.compactMap(Blocker.init(description:)).first?.shortReason ?? tr("orders.ours.blocked")
        case .reserved: return tr("orders.ours.reserved")
        case .awaitingPayment: return tr("orders.ours.awaiting")
        case .readOnly: return tr("orders.ours.read.only")
        case .beforeConnection: return tr("orders.ours.before")
        case .imported, .none: return "—"
        }
    }
}
