/// What the frame asks of the pane in focus (Bubble Tea's composable model): how it draws its body, how it moves,
/// what it reads to show, which row a click selects. Its keys are its `bindings`. Each pane's folder gives its own
/// room; the frame only asks the room of the pane in focus.
struct PaneRoom {
    var draw: (inout Screen, ConsoleState, _ top: Int, _ height: Int) -> Void
    var move: (inout ConsoleState, Move) -> [Effect]
    var reload: (ConsoleState) -> [Effect]
    var select: (inout ConsoleState, Int) -> Void
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
        }
    }
}
