import Foundation
import MerchantCore
import MerchantStore

/// What the merchant asked to do with orders.
public enum OrderAction: Sendable, Equatable {
    case ship, shipMarked, cancel, refund
}

extension ConsoleState {
    /// Why `s`, `c` or `r` does nothing here. On an opened order the rules answer at once, in their own
    /// words (R4, R10, R14, R17, R19, R22); in a list they answer once the order is read (`actionPrepared`).
    func whyNotOrderAction(_ action: OrderAction) -> String? {
        if let loaded = detail?.detail {
            switch action {
            case .ship: return loaded.refusalToShip?.description
            case .cancel: return loaded.refusalToCancel?.description
            case .refund: return RefundRules.refusal(loaded.order, local: loaded.local?.status)?.description
            default: return nil
            }
        }
        if detail != nil { return tr("orders.whynot.reading") }
        if pane == .refunds, action == .refund { return refunds.selectedItem == nil ? tr("orders.whynot.no.refund") : nil }
        guard let kind = currentList else { return nil }
        if action == .ship, kind == .orders, !orders.marked.isEmpty { return nil }
        if list(kind).selectedOrder == nil { return tr("orders.whynot.no.order") }
        return nil
    }

    /// The order `s`, `c` or `r` acts on: the opened one, else the selected row (in Refunds: the entry's order).
    var actionOrderId: String? {
        if let id = detail?.orderId { return id }
        if pane == .refunds { return refunds.selectedItem?.amazonOrderId }
        return currentList.flatMap { list($0).selectedOrder?.amazonOrderId }
    }
}

extension Console {
    /// Space: marks are kept in the state, and the selection moves on to the next row.
    static func mark(_ s: inout ConsoleState) -> [Effect] {
        guard let id = s.orders.selectedOrder?.amazonOrderId else { return [] }
        if let i = s.orders.marked.firstIndex(of: id) { s.orders.marked.remove(at: i) } else { s.orders.marked.append(id) }
        return moveList(&s, .orders, .down)
    }

    /// `s`, `c`, `r`: the orders are read fresh before any dialog opens.
    static func orderAction(_ s: inout ConsoleState, _ action: OrderAction) -> [Effect] {
        switch action {
        case .ship, .shipMarked:
            if s.detail == nil, s.currentList == .orders, !s.orders.marked.isEmpty {
                return [.orders(.prepare(.shipMarked, s.orders.marked))]
            }
            return s.actionOrderId.map { [.orders(.prepare(.ship, [$0]))] } ?? []
        case .cancel:
            return s.actionOrderId.map { [.orders(.prepare(.cancel, [$0]))] } ?? []
        case .refund:
            return s.actionOrderId.map { [.refunds(.prepare($0))] } ?? []
        }
    }

    /// The orders are read: the rules judge each; a refusal is shown in their words, else the dialog opens.
    static func actionPrepared(_ s: inout ConsoleState, _ action: OrderAction, _ details: [OrderDetail]) {
        for d in details {
            let refusal = action == .cancel
                ? d.refusalToCancel
                : d.refusalToShip
            if let refusal {
                refuse(&s, action, action == .shipMarked ? tr("orders.refusal.marked", String(describing: refusal)) : tr("orders.refusal.one", String(describing: refusal)))
                return
            }
        }
        switch action {
        case .ship:
            guard let d = details.first else { return }
            s.dialog = .ship(ShipDialog(detail: d, now: s.now, carrier: s.lastCarrier, reminder: !s.shipReminderShown))
            s.shipReminderShown = true  // R16: once
        case .shipMarked:
            guard !details.isEmpty else { return }
            s.dialog = .bulkShip(BulkShipDialog(details: details, carrier: s.lastCarrier, reminder: !s.shipReminderShown))
            s.shipReminderShown = true  // R16: once
        case .cancel:
            guard let d = details.first else { return }
            s.dialog = .cancel(CancelDialog(detail: d))
        case .refund:
            break  // `refundPrepared` opens the refund dialog
        }
    }

    /// Says why an action is not available, in a box that any key closes (R30).
    static func refuse(_ s: inout ConsoleState, _ action: OrderAction, _ reason: String) {
        let title = switch action {
        case .ship: tr("orders.refused.ship")
        case .shipMarked: tr("orders.refused.ship.marked")
        case .cancel: tr("orders.refused.cancel")
        case .refund: tr("orders.refused.refund")
        }
        s.dialog = .notice(Notice(title: title, text: reason))
    }

    static func shipped(_ s: inout ConsoleState, _ payloads: [ShipmentPayload]) -> [Effect] {
        s.dialog = nil
        s.orders.marked.removeAll { id in payloads.contains { $0.amazonOrderId == id } }
        if payloads.count == 1, let p = payloads.first {
            let units = p.items.reduce(0) { $0 + $1.quantity }
            s.flash = Flash(text: tr("orders.shipped.one", units, p.amazonOrderId, Self.carrierName(p), p.trackingNumber, p.packageReferenceId, p.parcelNote), kind: .saved)
        } else if let p = payloads.first {
            s.flash = Flash(text: tr("orders.shipped.many", payloads.count, Self.carrierName(p)), kind: .saved)
        }
        return [.loadOverview] + reloadVisible(s)
    }

    /// The carrier as the merchant knows it ("Yamato Transport", not Amazon's code "YamatoTransport").
    private static func carrierName(_ p: ShipmentPayload) -> String {
        Carrier(carrierCode: p.carrierCode, carrierName: p.carrierName)?.displayName ?? p.carrierName ?? p.carrierCode
    }

    static func cancelled(_ s: inout ConsoleState, _ p: CancellationPayload) -> [Effect] {
        s.dialog = nil
        s.orders.marked.removeAll { $0 == p.amazonOrderId }
        s.flash = Flash(text: tr("orders.cancelled", p.amazonOrderId, p.reason.rawValue, p.refund), kind: .saved)
        return [.loadOverview] + reloadVisible(s)
    }
}
