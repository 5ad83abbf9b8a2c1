/// Where things go on screen; `update` needs it too, to know how many rows a window holds.
enum Layout {
    /// Tab bar, then the banner when orders cannot be imported (R5) or reservations are short of stock.
    static func bodyTop(_ s: ConsoleState) -> Int { s.overview.blocked > 0 || !s.overview.shortReservations.isEmpty ? 2 : 1 }

    /// Rows between the top and the three bottom lines (status, message, footer).
    static func bodyHeight(_ s: ConsoleState) -> Int { max(0, s.size.rows - bodyTop(s) - 3) }

    /// Rows of a list on screen: the body less a title line and the column header.
    static func listHeight(_ s: ConsoleState, _ kind: ListKind) -> Int {
        let body = bodyHeight(s) - 2
        switch kind {
        case .orders: return max(1, body)
        case .pending: return max(1, body - stockBlockHeight(s))
        }
    }

    /// The per-SKU stock table under the pending orders: a blank line, a title, a header, the rows.
    static func stockBlockHeight(_ s: ConsoleState) -> Int {
        min(s.overview.catalog.count, max(3, bodyHeight(s) / 3)) + 3
    }

    /// Lines of the Refunds pane's body: the pane less its title, the totals, the column header and the
    /// two lines at the bottom that say the selected entry in full.
    static func refundsHeight(_ s: ConsoleState) -> Int {
        max(1, bodyHeight(s) - 1 - refundTotalsHeight(s) - 1 - 2)
    }

    /// One line per currency of the totals, every currency present, or the one line that says there are none.
    static func refundTotalsHeight(_ s: ConsoleState) -> Int {
        max(1, s.refunds.window?.totals.lines.count ?? 0)
    }

    /// How many rows a window reads: one more than fits, to know whether the list goes on.
    static func windowLimit(_ s: ConsoleState, _ kind: ListKind) -> Int { listHeight(s, kind) + 1 }
}
