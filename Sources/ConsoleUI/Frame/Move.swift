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
