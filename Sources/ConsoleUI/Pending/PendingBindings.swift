/// The Pending pane's keys: pending orders and pre-orders are read, opened and acted on as in Orders (R8, R10).
enum PendingPane {
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.pending) + [
        KeyBindings.openOrder(.pending), KeyBindings.ship(.pending), KeyBindings.cancel(.pending), KeyBindings.refund(.pending),
    ]
}
