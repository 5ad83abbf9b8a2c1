import Foundation
import MerchantCore

extension Console {
    static func drawShopDialog(_ screen: inout Screen, _ s: ConsoleState, _ dialog: ShopDialog) {
        switch dialog {
        case .ship(let d): drawShopShipDialog(&screen, s, d)
        case .cancelFulfillment(let d): drawCancelFulfillmentDialog(&screen, s, d)
        }
    }

    /// Shipping a shop order: the ship dialog's carrier, tracking number (checked as typed) and date; the whole order ships.
    static func drawShopShipDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: ShopShipDialog) {
        let inner = dialogInner(s)
        var lines: [DialogLine] = []
        var keep = 0
        let o = d.order
        let units = o.lines.reduce(0) { $0 + $1.quantity - $1.quantityShipped }
        lines.append(DialogLine(tr("shop.ship.heading", o.reference, o.buyerName, units), .bold))
        lines.append(DialogLine(tr("shop.ship.to", ShopFulfilment.items(o), ShopFulfilment.address(o.address)), .dim))
        if let note = o.noteInMerchantsWords { lines += TextFit.wrap(tr("shop.ship.note", note), inner).map { DialogLine($0, .dim) } }
        lines.append(.blank)
        let shipment = shipmentFieldLines(d, now: s.now, inner: inner)
        if let focused = shipment.focused { keep = lines.count + focused }
        lines += shipment.lines
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: tr("shop.ship.title"), lines: lines, keep: keep)
    }

    /// Taking a shop order back from Amazon (R26): names the order and what follows, asks with No chosen.
    static func drawCancelFulfillmentDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: CancelFulfillmentDialog) {
        let inner = dialogInner(s)
        let o = d.order
        var lines: [DialogLine] = []
        lines.append(DialogLine(tr("shop.cancel.question", o.reference, o.buyerName), .bold))
        lines.append(DialogLine("\(ShopFulfilment.items(o)) · Amazon: \(o.fulfillment.map { ShopFulfilment.statusWord($0.status) } ?? "—")", .dim))
        lines.append(.blank)
        let next = d.notSentYet ? tr("shop.cancel.not-sent") : tr("shop.cancel.sent")
        lines += TextFit.wrap(next, inner).map { DialogLine($0) }
        lines.append(.blank)
        lines.append(DialogLine(tr("shop.cancel.ask"), .bold))
        // The question is the dialog's only field, so it always has the focus.
        lines.append(yesNoLine(yes: d.yes, focused: true))
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: tr("shop.cancel.title"), lines: lines, keep: lines.count - 1)
    }
}
