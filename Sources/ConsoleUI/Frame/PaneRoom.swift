/// What the frame asks of the pane in focus (Bubble Tea's composable model): how it draws its body, how it moves,
/// what it reads to show, which row a click selects. Its keys are its `bindings`. Each pane's folder gives its own
/// room; the frame only asks the room of the pane in focus.
struct PaneRoom {
    var draw: (inout Screen, ConsoleState, _ top: Int, _ height: Int) -> Void
    var move: (inout ConsoleState, Move) -> [Effect]
    var reload: (ConsoleState) -> [Effect]
    var select: (inout ConsoleState, Int) -> Void
}

extension PaneRoom {
    /// A pane read as one window: moving in it never reads the store.
    init(draw: @escaping (inout Screen, ConsoleState, _ top: Int, _ height: Int) -> Void, moveInWindow: @escaping (inout ConsoleState, Move) -> Void,
         reload: @escaping (ConsoleState) -> [Effect], select: @escaping (inout ConsoleState, Int) -> Void) {
        self.init(draw: draw, move: { s, move in
            moveInWindow(&s, move)
            return []
        }, reload: reload, select: select)
    }
}

extension Pane {
    /// The pane's room, from its folder.
    var room: PaneRoom {
        switch self {
        case .orders: OrdersPane.room
        case .pending: PendingPane.room
        case .refunds: RefundsPane.room
        case .settings: SettingsPane.room
        case .outbox: OutboxPane.room
        case .shop: ShopPane.room
        case .pick: PickPane.room
        }
    }
}
