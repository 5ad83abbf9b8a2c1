extension Console {
    /// The refund queue arrives with refunds; until then the pane says so plainly.
    static func drawRefunds(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        let lines: [(String, Style)] = [
            ("Refunds", .bold),
            ("", .plain),
            ("The console cannot make refunds yet, so there is no refund queue to show.", .plain),
            ("When refunds arrive, this pane lists them: requested, waiting for Amazon, failed (with", .plain),
            ("the reason, e.g. already refunded on Amazon), and done; refunds made on Amazon apart.", .plain),
            ("", .plain),
            ("Refunds made on Amazon directly already show in each order's history (Enter in Orders).", .dim),
        ]
        for (i, line) in lines.prefix(height).enumerated() { screen.put(line.0, row: top + i, column: 0, style: line.1) }
    }
}
