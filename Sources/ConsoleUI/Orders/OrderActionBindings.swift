import MerchantCore

/// `s`, `c` and `r` on an order, shared by the panes that show orders: Orders and Pending act on the selected row,
/// an opened order on itself, Refunds (`r`) on the entry's order. The rules say when they cannot (R4, R10, R14, R17).
extension KeyBindings {
    static func ship(_ scope: Scope) -> KeyBinding {
        KeyBinding(keys: [.character("s")], scope: scope, help: tr("orders.key.ship"), hint: tr("orders.key.ship.hint"),
                   whyNot: { $0.whyNotOrderAction(.ship) }, sayWhyNot: refusal(.ship, scope)) { s, _ in Console.orderAction(&s, .ship) }
    }

    static func cancel(_ scope: Scope) -> KeyBinding {
        KeyBinding(keys: [.character("c")], scope: scope, help: tr("orders.key.cancel"), hint: tr("orders.key.cancel.hint"),
                   whyNot: { $0.whyNotOrderAction(.cancel) }, sayWhyNot: refusal(.cancel, scope)) { s, _ in Console.orderAction(&s, .cancel) }
    }

    static func refund(_ scope: Scope) -> KeyBinding {
        KeyBinding(keys: [.character("r")], scope: scope, help: tr("orders.key.refund"), hint: tr("orders.key.refund.hint"),
                   whyNot: { $0.whyNotOrderAction(.refund) }, sayWhyNot: refusal(.refund, scope)) { s, _ in Console.orderAction(&s, .refund) }
    }

    /// On an opened order the rules' refusal is a paragraph: a box shows it whole. In a list, the message line.
    static func refusal(_ action: OrderAction, _ scope: Scope) -> @Sendable (inout ConsoleState, Key, String) -> Void {
        guard scope == .detail else { return KeyBinding.flashWhyNot }
        return { s, _, reason in Console.refuse(&s, action, Sentence.end(reason)) }
    }

    /// Enter on a list of orders: opens the selected one (a blocked one with its fix over it).
    static func openOrder(_ scope: Scope) -> KeyBinding {
        KeyBinding([.enter], scope, help: tr("orders.key.open"), hint: tr("orders.key.open.hint"),
                   whyNot: { s in s.currentList.map { s.list($0).rows.isEmpty ? tr("orders.whynot.nothing.to.open") : nil } ?? nil }) { s in
            Console.openSelectedOrder(&s)
        }
    }
}
