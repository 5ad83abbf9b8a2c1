extension SettingsPane {
    /// The Settings pane as the frame sees it: its rows come with the overview, so it reads nothing of its own.
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawSettings(&$0, $1, top: $2, height: $3) }, moveInWindow: Console.moveSettings,
                 reload: { _ in [] }, select: { s, index in s.settings.selected = index })
    }
}
