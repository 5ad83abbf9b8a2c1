extension Layout {
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

    /// How many rows a window reads: one more than fits, to know whether the list goes on.
    static func windowLimit(_ s: ConsoleState, _ kind: ListKind) -> Int { listHeight(s, kind) + 1 }
}
