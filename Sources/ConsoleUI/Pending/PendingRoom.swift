extension PendingPane {
    /// The Pending pane as the frame sees it: its list of orders awaiting payment, and the stock they hold.
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawPending(&$0, $1, top: $2, height: $3) }, move: { Console.moveList(&$0, .pending, $1) },
                 reload: { [.orders(.load(.pending, $0.pending.query(limit: Layout.windowLimit($0, .pending))))] },
                 select: { s, index in s.pending.selected = index })
    }
}
