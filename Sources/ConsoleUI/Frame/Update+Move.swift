extension Console {
    /// Up, down, pages, first and last (a key or the wheel), sent to the opened order or the pane in focus.
    static func move(_ s: inout ConsoleState, _ action: Move) -> [Effect] {
        if s.detail != nil {
            moveDetail(&s, action)
            return []
        }
        return s.pane.room.move(&s, action)
    }
}
