extension Console {
    /// Up, down, pages, first and last (a key or the wheel), sent to the opened order or the pane in focus.
    static func move(_ s: inout ConsoleState, _ action: Move) -> [Effect] {
        if s.detail != nil {
            moveDetail(&s, action)
            return []
        }
        switch s.pane {
        case .orders: return moveList(&s, .orders, action)
        case .pending: return moveList(&s, .pending, action)
        case .settings: moveSettings(&s, action)
        case .outbox: moveOutbox(&s, action)
        case .refunds: moveRefunds(&s, action)
        case .shop: moveShop(&s, action)
        }
        return []
    }
}
