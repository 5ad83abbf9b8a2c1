import Foundation
import MerchantCore
import MerchantStore

extension ConsoleState {
    /// Why `s` or `x` does nothing in the Shop pane before any order is read; the order's own verdict
    /// comes once it is read fresh (`shopMessage`).
    func whyNotShopAction() -> String? {
        shop.selectedOrder == nil ? tr("shop.none") : nil
    }
}

extension Console {
    /// The Shop pane's window, and the answers to its actions.
    static func shopMessage(_ s: inout ConsoleState, _ message: ShopMessage) -> [Effect] {
        switch message {
        case .loaded(let window):
            // The selection follows its order when newer orders arrive above it.
            let reference = s.shop.selectedOrder?.reference
            s.shop.window = window
            if let reference, let i = window.orders.firstIndex(where: { $0.reference == reference }) { s.shop.selected = i }
            s.shop.selected = max(0, min(s.shop.selected, window.orders.count - 1))
            keepShopVisible(&s)
            return []
        case .prepared(.ship, let order, let refusal):
            if let refusal {
                // The store's own words (R26); where Amazon may still take it back, the key that asks.
                var text = Sentence.end(refusal)
                if ShopFulfilment.byAmazon(order), ShopFulfilment.refusalToCancel(order, cancelAsked: cancelAsked(s, order)) == nil {
                    text += " " + tr("shop.refusal.ship.x")
                }
                s.dialog = .notice(Notice(title: tr("shop.refusal.ship.title"), text: text))
                return []
            }
            s.dialog = .shop(.ship(ShopShipDialog(order: order, now: s.now, carrier: s.lastCarrier)))
            return []
        case .prepared(.cancelFulfillment, let order, _):
            if let refusal = ShopFulfilment.refusalToCancel(order, cancelAsked: cancelAsked(s, order)) {
                s.dialog = .notice(Notice(title: tr("shop.refusal.cancel.title"), text: Sentence.end(refusal)))
                return []
            }
            s.dialog = .shop(.cancelFulfillment(CancelFulfillmentDialog(order: order)))
            return []
        case .shipped(let reference, let carrier, let tracking):
            s.dialog = nil
            s.flash = Flash(text: tr("shop.flash.shipped", reference, carrier, tracking), kind: .saved)
            return [.loadOverview] + reloadVisible(s)
        case .fulfillmentCancelled(let order):
            s.dialog = nil
            let text = ShopFulfilment.byAmazon(order)
                ? tr("shop.flash.cancel-asked", order.reference)
                : tr("shop.flash.not-sent", order.reference)
            s.flash = Flash(text: text, kind: .saved)
            return [.loadOverview] + reloadVisible(s)
        }
    }

    static func cancelAsked(_ s: ConsoleState, _ order: ShopOrder) -> Bool {
        s.shop.window?.cancelAsked.contains(order.reference) ?? false
    }

    /// `s` and `x` on the selected shop order: read it fresh; the rules answer before a dialog opens.
    static func shopAction(_ s: inout ConsoleState, _ action: ShopAction) -> [Effect] {
        guard let order = s.shop.selectedOrder else { return [] }
        return [.shop(.prepare(action, order.reference))]
    }

    /// Enter in a shop dialog: the ship request once its checks pass; the question sends only on Yes.
    static func confirmShop(_ s: inout ConsoleState, _ dialog: ShopDialog) -> [Effect] {
        switch dialog {
        case .ship(let d):
            return ship(&s, d.request(now: s.now), carrier: d.carrier) { .shop(.ship($0)) }
        case .cancelFulfillment(let d):
            // Like every question here: Enter on the default No leaves the order as it is.
            guard d.yes else { return closeUnchanged(&s, tr("shop.cancel.no", d.order.reference)) }
            return [.shop(.cancelFulfillment(d.order.reference))]
        }
    }

    /// j/k, pages, g/G over the shop orders.
    static func moveShop(_ s: inout ConsoleState, _ action: Move) {
        s.shop.selected = action.selection(from: s.shop.selected, last: max(0, s.shop.orders.count - 1),
                                           page: max(1, Layout.shopListHeight(s) / 2))
        keepShopVisible(&s)
    }

    /// Scrolls the list so the selected order, and its note, are on screen.
    static func keepShopVisible(_ s: inout ConsoleState) {
        let lines = ShopLines.build(s.shop), selected = s.shop.selected
        s.shop.top = Scroll.top(showing: lines.firstIndex(of: .order(selected)),
                                through: lines.lastIndex { $0 == .order(selected) || $0 == .note(selected) },
                                from: s.shop.top, lines: lines.count, height: Layout.shopListHeight(s))
    }
}

extension Layout {
    /// Lines of the Shop pane's list: the body less its title, the column header, a blank line and
    /// the three lines that say the selected order in full.
    static func shopListHeight(_ s: ConsoleState) -> Int { max(1, bodyHeight(s) - 2 - 1 - shopDetailHeight) }

    static let shopDetailHeight = 3
}
