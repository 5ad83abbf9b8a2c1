/// What a click on a cell means: a pane's tab, or a selectable row of the pane (an order, a refund, a setting).
///
/// The views say it as they draw (`screen.clickable(.row(i), row: y)`), so a click lands on what the
/// merchant sees there, wherever the layout put it.
public enum ClickTarget: Equatable, Sendable {
    case pane(Pane)
    /// The pane's selectable row with this index (into the rows its selection counts).
    case row(Int)

    /// A rectangle of one row and its meaning.
    struct Area: Equatable, Sendable {
        var row: Int
        var columns: Range<Int>
        var target: ClickTarget
    }
}

extension Screen {
    /// Says what a click on `row` (from `columns`, by default the whole row) means; what is drawn later
    /// over it (a dialog, the help) covers it.
    mutating func clickable(_ target: ClickTarget, row: Int, columns: Range<Int>? = nil) {
        guard row >= 0, row < rows else { return }
        clickTargets.append(.init(row: row, columns: columns ?? 0..<self.columns, target: target))
    }

    /// What a click on a cell means, if anything.
    public func target(row: Int, column: Int) -> ClickTarget? {
        clickTargets.last { $0.row == row && $0.columns.contains(column) }?.target
    }
}
