import Foundation
import MerchantCore
import MerchantStore

/// The columns of a Refunds line: the buyer takes what the window gives, the note the rest.
struct RefundColumns {
    let buyer: Int
    let note: Int

    static let id = 19, amount = 13
    static var age: Int { AgeColumn.width }

    init(columns: Int) {
        let fixed = 2 + (Self.id + 1) + (Self.amount + 1) + (Self.age + 1)
        buyer = max(14, min(30, (columns - fixed) / 3))
        note = max(10, columns - fixed - buyer - 1)
    }
}

extension Console {
    /// The refund queue by state (requested, waiting for Amazon, failed, done), then the refunds made on
    /// Amazon in their own section; above, the totals with the console's and Amazon's never added together (R23);
    /// below, the selected entry in full.
    static func drawRefunds(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let window = s.refunds.window else {
            screen.put(tr("refunds.title"), row: top, column: 0, style: .bold)
            screen.put(tr("refunds.reading"), row: top + 1, column: 2, style: .dim)
            return
        }
        var title = tr("refunds.heading", window.totals.requested)
        if window.queue.count >= window.limit || window.onAmazon.count >= window.limit { title += " · " + tr("refunds.heading.limit", window.limit) }
        screen.put(title, row: top, column: 0, style: .bold)
        var row = top + 1
        drawRefundTotals(&screen, s, window.totals, row: row)
        row += Layout.refundTotalsHeight(s)

        let columns = RefundColumns(columns: s.size.columns)
        var header = RowWriter()
        for (t, w, right) in [("", 1, false), (tr("refunds.column.order"), RefundColumns.id, false), (tr("refunds.column.buyer"), columns.buyer, false),
                              (tr("refunds.column.amount"), RefundColumns.amount, true), (tr("refunds.column.age"), RefundColumns.age, true),
                              ("", columns.note, false)] {
            header.field(&screen, row, t, w, .dim, right: right)
        }
        row += 1
        let items = s.refunds.items
        let bodyHeight = Layout.refundsHeight(s)
        if items.isEmpty {
            let empty = tr("refunds.empty")
            for (i, line) in TextFit.wrap(empty, s.size.columns - 2).prefix(bodyHeight).enumerated() {
                screen.put(line, row: row + i, column: 2, style: .dim)
            }
            return
        }
        let lines = RefundLines.build(s.refunds)
        for (offset, line) in lines.dropFirst(s.refunds.top).prefix(bodyHeight).enumerated() {
            let y = row + offset
            switch line {
            case .blank: break
            case .section(let section, let count):
                let style: Style = section == .state(.failed) ? .late : .bold
                let x = screen.put("\(section.name) (\(count))", row: y, column: 0, style: style)
                screen.put(" · " + section.note, row: y, column: x, style: .dim)
            case .entry(let index):
                drawRefundEntry(&screen, s, items[index], columns, row: y)
                if index == s.refunds.selected { screen.highlight(row: y) }
                screen.clickable(.row(index), row: y)
            }
        }
        if let item = s.refunds.selectedItem {
            let (text, style) = refundSummary(item, s.now)
            for (i, line) in TextFit.wrap(text, s.size.columns).prefix(2).enumerated() {
                screen.put(line, row: top + height - 2 + i, column: 0, style: style)
            }
        }
    }

    /// Per currency: the console's own refunds by state, then, apart, what was refunded on Amazon (R23).
    static func drawRefundTotals(_ screen: inout Screen, _ s: ConsoleState, _ totals: RefundTotals, row: Int) {
        guard !totals.lines.isEmpty else {
            screen.put(tr("refunds.totals.none"), row: row, column: 0, style: .dim)
            return
        }
        // Every currency present: a line each, however few refunds it has.
        for (i, t) in totals.lines.enumerated() {
            // The currency leads the line: the amounts after it are written without it, the language's way.
            let (done, waiting, failed, onAmazon) = (AmountText.plain(t.done), AmountText.plain(t.waiting), AmountText.plain(t.failed),
                                                     AmountText.plain(t.onAmazon))
            // The long words only where the whole line fits: a cut line would lose the amount refunded on Amazon (R23).
            let wide = (own: tr("refunds.totals.own.wide", done, waiting, failed), amazon: tr("refunds.totals.on-amazon.wide", onAmazon))
            let fits = 4 + DisplayWidth.of(wide.own) + 3 + DisplayWidth.of(wide.amazon) <= s.size.columns
            let own = fits ? wide.own : tr("refunds.totals.own", done, waiting, failed)
            let amazon = fits ? wide.amazon : tr("refunds.totals.on-amazon", onAmazon)
            var x = screen.put(TextFit.pad(t.currency, 4), row: row + i, column: 0, style: .bold)
            x += screen.put(own, row: row + i, column: x)
            x += screen.put(" │ ", row: row + i, column: x, style: .dim)
            screen.put(amazon, row: row + i, column: x, style: Style(color: .cyan))
        }
    }

    static func drawRefundEntry(_ screen: inout Screen, _ s: ConsoleState, _ item: RefundItem, _ columns: RefundColumns, row: Int) {
        var w = RowWriter()
        switch item {
        case .own(let e):
            let badge: (String, Style) = switch e.state {
            case .requested: ("?", .warning)
            case .waiting: ("…", .dim)
            case .failed: ("✗", .late)
            case .done: ("✓", .good)
            }
            w.field(&screen, row, badge.0, 1, badge.1)
            w.field(&screen, row, e.amazonOrderId, RefundColumns.id)
            w.field(&screen, row, e.buyerName ?? "—", columns.buyer)
            w.field(&screen, row, Format.money(e.amount ?? e.suggested), RefundColumns.amount, right: true)
            w.field(&screen, row, Format.span(s.now.timeIntervalSince(e.updatedAt)), RefundColumns.age, .dim, right: true)
            let note: (String, Style) = switch e.state {
            case .requested:
                ((e.origin == .returnArrived ? tr("refunds.entry.return-arrived") : tr("refunds.entry.return-coming"))
                    + (s.size.columns >= 120 ? " · " + tr("refunds.entry.suggested", e.reason ?? RefundReason.customerReturn.rawValue) : ""), .plain)
            case .failed: (e.failureInMerchantsWords ?? tr("refunds.entry.failed"), .refusal)
            case .waiting where e.origin == .cancellation, .done where e.origin == .cancellation:
                (tr("refunds.entry.with-cancellation", e.reason ?? "—"), .dim)
            case .waiting, .done: (([e.reason] + [afterWhat(e.origin)]).compactMap { $0 }.joined(separator: " · "), .dim)
            }
            w.field(&screen, row, note.0, columns.note, note.1)
        case .amazon(let e):
            w.field(&screen, row, "A", 1, Style(color: .cyan))
            w.field(&screen, row, e.amazonOrderId, RefundColumns.id)
            w.field(&screen, row, e.buyerName ?? "—", columns.buyer)
            w.field(&screen, row, Format.money(e.amount), RefundColumns.amount, right: true)
            w.field(&screen, row, Format.span(s.now.timeIntervalSince(e.postedAt)), RefundColumns.age, .dim, right: true)
            w.field(&screen, row, tr("refunds.entry.on-amazon", Format.date(e.postedAt)), columns.note, .dim)
        }
    }

    /// What a refund followed, when not the merchant's own idea: a return asked for, or one that arrived.
    static func afterWhat(_ origin: RefundOrigin) -> String? {
        switch origin {
        case .merchant, .cancellation: nil
        case .returnRequested: tr("refunds.entry.after-return-requested")
        case .returnArrived: tr("refunds.entry.after-return-arrived")
        }
    }

    /// The selected entry in full, under the list: what a cut line leaves out (a failure's whole reason).
    static func refundSummary(_ item: RefundItem, _ now: Date) -> (String, Style) {
        switch item {
        case .own(let e) where e.origin == .cancellation:
            // R18: a cancellation refunds the buyer; it travels to Amazon with the cancellation itself.
            let state = switch e.state {
            case .done: tr("refunds.summary.cancellation.done")
            case .failed: e.failureInMerchantsWords ?? tr("refunds.summary.cancellation.failed")
            case .waiting, .requested: tr("refunds.summary.cancellation.waiting")
            }
            return (tr("refunds.summary.cancellation", e.amazonOrderId, Format.money(e.amount), e.reason ?? "—", state), e.state == .failed ? .refusal : .plain)
        case .own(let e):
            let amount = Format.money(e.amount ?? e.suggested)
            switch e.state {
            case .requested:
                let what = e.origin == .returnArrived ? tr("refunds.summary.arrived") : tr("refunds.summary.returning")
                let package = e.packageReferenceId.map { " " + tr("refunds.summary.package", $0) } ?? ""
                return (tr("refunds.summary.requested", e.amazonOrderId, what + package, amount), .plain)
            case .waiting:
                return (tr("refunds.summary.waiting", e.amazonOrderId, amount, e.reason.map(ReasonWords.labelled) ?? "—", Format.date(e.createdAt)), .plain)
            case .failed:
                return (tr("refunds.summary.failed", e.amazonOrderId, amount, e.failureInMerchantsWords ?? tr("refunds.summary.no-reason")), .refusal)
            case .done:
                return (tr("refunds.summary.done", e.amazonOrderId, amount, e.reason.map(ReasonWords.labelled) ?? "—", Format.ago(e.updatedAt, now)), .good)
            }
        case .amazon(let e):
            return (tr("refunds.summary.on-amazon", e.amazonOrderId, Format.money(e.amount), Format.date(e.postedAt)), .dim)
        }
    }
}
