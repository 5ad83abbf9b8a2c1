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
            case .ship: return OrderActionRules.refusalToShip(loaded.order, local: loaded.local?.status)?.description
            case .cancel: return loaded.refusalToCancel?.description
            case .refund: return RefundRules.refusal(loaded.order, local: loaded.local?.status)?.description
            default: return nil
            }
        }
        if detail != nil { return "the order is still being read" }
        if pane == .refunds, action == .refund { return refunds.selectedItem == nil ? "there is no refund here" : nil }
        guard let kind = currentList else { return nil }
        if action == .ship, kind == .orders, !orders.marked.isEmpty { return nil }
        if list(kind).selectedOrder == nil { return "there is no order here" }
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
                : OrderActionRules.refusalToShip(d.order, local: d.local?.status)
            if let refusal {
                refuse(&s, action, String(describing: refusal) + (action == .shipMarked ? ". Space unmarks it." : "."))
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
        case .ship: "s ship: not available"
        case .shipMarked: "s ship the marked orders: not available"
        case .cancel: "c cancel: not available"
        case .refund: "r refund: not available"
        }
        s.dialog = .notice(Notice(title: title, text: reason))
    }

    static func shipped(_ s: inout ConsoleState, _ payloads: [ShipmentPayload]) -> [Effect] {
        s.dialog = nil
        s.orders.marked.removeAll { id in payloads.contains { $0.amazonOrderId == id } }
        if payloads.count == 1, let p = payloads.first {
            let units = p.items.reduce(0) { $0 + $1.quantity }
            s.flash = Flash(text: "Shipped \(Format.plural(units, "unit")) of \(p.amazonOrderId) with \(Self.carrierName(p)) \(p.trackingNumber) (package \(p.packageReferenceId))\(p.parcelNote). Amazon is told at once; the Outbox shows it until Amazon confirms.", kind: .saved)
        } else if let p = payloads.first {
            s.flash = Flash(text: "Shipped \(Format.plural(payloads.count, "order")) with \(Self.carrierName(p)). Amazon is told at once; the Outbox shows them until Amazon confirms.", kind: .saved)
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
        s.flash = Flash(text: "Cancelled \(p.amazonOrderId) (\(p.reason.rawValue)), refunding \(p.refund). Amazon is told at once; the Outbox shows it until Amazon confirms.", kind: .saved)
        return [.loadOverview] + reloadVisible(s)
    }
}
