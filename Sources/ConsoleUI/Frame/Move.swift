/// Up, down, pages, first and last: what the scrolling keys and the wheel ask of a pane.
enum Move: Sendable, Equatable {
    case up, down, pageUp, pageDown, top, bottom

    /// The row selected after the move in a list of rows `0...last` read whole, `page` rows a page.
    func selection(from selected: Int, last: Int, page: Int) -> Int {
        switch self {
        case .up: max(0, selected - 1)
        case .down: min(last, selected + 1)
        case .pageUp: max(0, selected - page)
        case .pageDown: min(last, selected + page)
        case .top: 0
        case .bottom: last
        }
    }
}

/// Where a pane's body starts so that the lines `first...last` (the selection, with its title or its note) are on
/// screen, moving from `top` as little as it can; at the start when nothing is selected.
enum Scroll {
    static func top(showing first: Int?, through last: Int?, from top: Int, lines: Int, height: Int) -> Int {
        guard let first else { return 0 }
        let last = last ?? first
        var top = min(top, max(0, lines - height))
        if first < top { top = first }
        if last >= top + height { top = last - height + 1 }
        return max(0, top)
    }
}
