extension RefundsPane {
    /// The Refunds pane's keys: Enter refunds a request or opens another entry's order; `r` refunds the entry's order.
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.refunds) + [
        KeyBinding([.enter], .refunds, help: "a request: refund it; another entry: open its order", hint: "open",
                   whyNot: { $0.refunds.selectedItem == nil ? "there is no refund here" : nil }) { s in Console.openRefund(&s) },
        KeyBindings.refund(.refunds),
    ]
}
