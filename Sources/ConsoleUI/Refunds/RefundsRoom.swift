extension RefundsPane {
    /// The Refunds pane as the frame sees it: the queue, Amazon's own refunds and the totals, read as one window.
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawRefunds(&$0, $1, top: $2, height: $3) }, moveInWindow: Console.moveRefunds,
                 reload: { _ in [.refunds(.load(limit: windowLimit))] }, select: { s, index in s.refunds.selected = index })
    }
}
