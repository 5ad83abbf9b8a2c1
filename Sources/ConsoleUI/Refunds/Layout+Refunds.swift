extension Layout {
    /// Lines of the Refunds pane's body: the pane less its title, the totals, the column header and the
    /// two lines at the bottom that say the selected entry in full.
    static func refundsHeight(_ s: ConsoleState) -> Int {
        max(1, bodyHeight(s) - 1 - refundTotalsHeight(s) - 1 - 2)
    }

    /// One line per currency of the totals, every currency present, or the one line that says there are none.
    static func refundTotalsHeight(_ s: ConsoleState) -> Int {
        max(1, s.refunds.window?.totals.lines.count ?? 0)
    }
}
