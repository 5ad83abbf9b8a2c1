import MerchantCore

extension RefundsPane {
    /// The Refunds pane's keys: Enter refunds a request or opens another entry's order; `r` refunds the entry's order.
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.refunds) + [
        KeyBinding([.enter], .refunds, help: tr("refunds.key.enter"), hint: tr("refunds.key.enter.hint"),
                   whyNot: { $0.refunds.selectedItem == nil ? tr("refunds.none") : nil }) { s in Console.openRefund(&s) },
        KeyBindings.refund(.refunds),
    ]
}
