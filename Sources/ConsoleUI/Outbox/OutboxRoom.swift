extension OutboxPane {
    /// The Outbox pane as the frame sees it: what Amazon has not confirmed, and the activity, scrolled; no row to select.
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawOutbox(&$0, $1, top: $2, height: $3) }, moveInWindow: Console.moveOutbox,
                 reload: { s in [.outbox(.load(limit: max(50, s.size.rows * 2), includeSync: s.outbox.showSync))] }, select: { _, _ in })
    }
}
