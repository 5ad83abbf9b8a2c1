import MerchantCore

extension DetailState {
    /// An opened order's keys: scroll it, fix what blocks it, act on it, and Esc back to the list.
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.detail) + [
        KeyBinding([.enter], .detail, help: tr("orders.detail.key.fix"), whyNot: { s in
            s.detail?.detail?.importState != .blocked ? tr("orders.detail.whynot.fix") : nil
        }) { s in
            guard let d = s.detail?.detail, d.importState == .blocked else { return [] }
            Console.openBlockedFix(&s, orderId: d.order.amazonOrderId, blockers: d.blockers)
            return []
        },
        KeyBindings.ship(.detail), KeyBindings.cancel(.detail), KeyBindings.refund(.detail), KeyBindings.back(.detail),
    ]
}
