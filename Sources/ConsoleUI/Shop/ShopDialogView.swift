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
        lines.append(DialogLine("\(o.reference) · \(o.buyerName) · \(Format.plural(units, "unit")), the whole order ships", .bold))
        lines.append(DialogLine("\(ShopFulfilment.items(o)) · to \(ShopFulfilment.address(o.address))", .dim))
        if let note = o.note { lines += TextFit.wrap("You ship it (\(note)).", inner).map { DialogLine($0, .dim) } }
        lines.append(.blank)
        let shipment = shipmentFieldLines(d, now: s.now, inner: inner)
        if let focused = shipment.focused { keep = lines.count + focused }
        lines += shipment.lines
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: "Ship shop order · Enter ships · Esc closes", lines: lines, keep: keep)
    }

    /// Taking a shop order back from Amazon (R26): names the order and what follows, asks with No chosen.
    static func drawCancelFulfillmentDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: CancelFulfillmentDialog) {
        let inner = dialogInner(s)
        let o = d.order
        var lines: [DialogLine] = []
        lines.append(DialogLine("Cancel Amazon's fulfillment of \(o.reference) for \(o.buyerName)?", .bold))
        lines.append(DialogLine("\(ShopFulfilment.items(o)) · Amazon: \(o.fulfillment?.status ?? "—")", .dim))
        lines.append(.blank)
        let next = d.notSentYet
            ? "It has not gone to Amazon yet: it is not sent, and is yours to ship (s) at once, from your own stock."
            : "Amazon is told at once. Once Amazon has cancelled it, the order is yours to ship (s), from your own stock."
        lines += TextFit.wrap(next, inner).map { DialogLine($0) }
        lines.append(.blank)
        lines.append(DialogLine("Cancel Amazon's fulfillment of this order?", .bold))
        // The question is the dialog's only field, so it always has the focus.
        lines.append(yesNoLine(yes: d.yes, focused: true))
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: "Cancel Amazon's fulfillment · Esc closes", lines: lines, keep: lines.count - 1)
    }
}
