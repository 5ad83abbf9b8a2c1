extension PickPane {
    /// The Pick pane as the frame sees it: the whole pick list, read in one go (one line per product to pick).
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawPick(&$0, $1, top: $2, height: $3) }, moveInWindow: Console.movePick,
                 reload: { _ in [.pick(.load)] }, select: { s, index in s.pick.selected = index })
    }
}
