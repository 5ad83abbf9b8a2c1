import Foundation
import MerchantCore

extension Console {
    /// R16, said in the first ship dialog of a session.
    static var buyerMessagesReminder: String { tr("dialog.ship.reminder") }  // R16

    /// The ship dialog: carrier, tracking number with its check as typed, ship date, items.
    static func drawShipDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: ShipDialog) {
        let inner = dialogInner(s)
        var lines: [DialogLine] = []
        var keep = 0
        let o = d.order
        let open = d.open.reduce(0, +)
        lines.append(DialogLine(tr("dialog.ship.heading", o.amazonOrderId, o.buyerName ?? "—", open), .bold))
        if let warning = ShipWarning.sentence(o) {
            // Said before anything is typed; Enter then asks "Ship anyway?".
            lines += TextFit.wrap(warning + " " + tr("dialog.ship.cancel-instead"), inner).map { DialogLine($0, .warning) }
        }
        lines.append(.blank)
        let shipment = shipmentFieldLines(d, now: s.now, inner: inner)
        if let focused = shipment.focused { keep = lines.count + focused }
        lines += shipment.lines

        lines.append(DialogLine(pieces: [label(tr("dialog.field.items"), focused: false), (tr("dialog.ship.items"), .dim)]))
        for (i, item) in o.items.enumerated() {
            let focused = d.focus == .item(i)
            if focused { keep = lines.count }
            let count: [(text: String, style: Style)]
            if d.open[i] == 0 {
                count = [(TextFit.pad(tr("dialog.ship.shipped"), 11), .dim)]
            } else {
                let n = TextFit.right(String(d.quantities[i]), 2)
                let of = TextFit.pad(" " + tr("dialog.ship.of", d.open[i]), 6)
                count = focused ? [("◂ ", .bold), (n, .reverse), (" ▸", .bold), (of, .plain)] : [("  " + n + "  " + of, .plain)]
            }
            lines.append(DialogLine(pieces: [(focused ? "  ▸" : "   ", .bold), (String(repeating: " ", count: 10), .plain)] + count
                                    + [(" " + item.sku + "  ", .plain), (item.title, .dim)]))
        }
        // The other way to ship: a label bought through Amazon, which brings its own tracking number.
        lines += [.blank] + TextFit.wrap(tr("label-dialog.offer.one"), inner).map { DialogLine($0, .dim) }
        if d.reminder { lines += [.blank, DialogLine(buyerMessagesReminder, .dim)] }
        lines += problemLines(d.problem, width: inner)
        if let question = d.shipAnyway {
            // R13: the number is another address's parcel; only an explicit Yes ships it as one parcel.
            // The buyer asks to cancel: only an explicit Yes ships it all the same.
            lines += problemLines(Sentence.end(question.reason), width: inner)
            lines.append(DialogLine(question.why == .parcel ? tr("dialog.ship.anyway.parcel") : tr("dialog.ship.anyway.cancel"), .bold))
            lines.append(yesNoLine(yes: question.yes, focused: true))
            keep = lines.count - 1
        }
        drawDialogBox(&screen, s, title: tr("dialog.ship.title"), lines: lines, keep: keep)
    }
}
