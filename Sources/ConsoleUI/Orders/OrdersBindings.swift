import MerchantCore

/// The Orders pane's keys, in the order `?` and the footer show them.
enum OrdersPane {
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.orders) + [
        KeyBindings.openOrder(.orders), KeyBindings.ship(.orders), KeyBindings.cancel(.orders), KeyBindings.refund(.orders),
        KeyBinding([.character(" ")], .orders, help: tr("orders.key.mark"),
                   whyNot: { $0.orders.selectedOrder == nil ? tr("orders.whynot.no.order") : nil }) { s in Console.mark(&s) },
        KeyBindings.back(.orders),
        KeyBinding([.character("/")], .orders, help: tr("orders.key.search"), hint: tr("orders.key.search.hint")) { s in
            s.searchInput = ""
            return []
        },
        KeyBinding([.character("f")], .orders, help: tr("orders.key.filter"), hint: tr("orders.key.filter.hint"), whyNot: filtersNotOnSearch) { s in
            s.orders.filter = OrderFilters.next(after: s.orders.filter)
            return Console.resetList(&s, .orders)
        },
        KeyBinding([.character("F")], .orders, help: tr("orders.key.filter.back"), whyNot: filtersNotOnSearch) { s in
            s.orders.filter = OrderFilters.previous(before: s.orders.filter)
            return Console.resetList(&s, .orders)
        },
        KeyBinding([.character("b")], .orders, help: tr("orders.key.blocked"), whyNot: filtersNotOnSearch) { s in
            s.orders.filter = .importState(.blocked)
            return Console.resetList(&s, .orders)
        },
        KeyBinding([.character("o")], .orders, help: tr("orders.key.sort"), hint: tr("orders.key.sort.hint"),
                   whyNot: { $0.orders.search != nil ? tr("orders.whynot.sort.search") : nil }) { s in
            s.orders.sort = s.orders.sort == .newest ? .urgency : .newest
            return Console.resetList(&s, .orders)
        },
    ]

    static func filtersNotOnSearch(_ s: ConsoleState) -> String? {
        s.orders.search != nil ? tr("orders.whynot.filter.search") : nil
    }
}

extension KeyBindings {
    /// Esc in Orders and in an opened order: closes the order, else clears the search, then the marks.
    static func back(_ scope: Scope) -> KeyBinding {
        KeyBinding([.escape], scope, help: tr("orders.key.back"), hint: tr("orders.key.back.hint"), whyNot: { s in
            s.detail == nil && s.orders.search == nil && s.orders.marked.isEmpty ? tr("orders.whynot.back") : nil
        }) { s in Console.back(&s) }
    }
}

extension Console {
    /// Esc: the opened order closes; in Orders a search is cleared first, then the marks.
    static func back(_ s: inout ConsoleState) -> [Effect] {
        if s.detail != nil {
            s.detail = nil
            return []
        }
        if s.orders.search == nil {
            s.flash = Flash(text: tr("orders.unmarked", s.orders.marked.count), kind: .info)
            s.orders.marked = []
            return []
        }
        s.orders.search = nil
        return resetList(&s, .orders)
    }

    /// Enter in Orders or Pending: the order opens; a blocked one opens with its fix over it (Esc leaves the order open).
    static func openSelectedOrder(_ s: inout ConsoleState) -> [Effect] {
        guard let kind = s.currentList, let order = s.list(kind).selectedOrder else { return [] }
        s.detail = DetailState(orderId: order.amazonOrderId)
        if order.importState == .blocked { openBlockedFix(&s, orderId: order.amazonOrderId, blockers: order.blockers) }
        return [.detail(.load(order.amazonOrderId))]
    }
}
