import Foundation
import MerchantCore

extension Console {
    /// The cancel dialog: names the order and the refund, asks Amazon's reason, and asks with No chosen (R17, R18).
    static func drawCancelDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: CancelDialog) {
        let inner = dialogInner(s)
        let o = d.order
        var lines: [DialogLine] = []
        lines.append(DialogLine("Cancel order \(o.amazonOrderId) for \(o.buyerName ?? "—") on Amazon?", .bold))
        let units = o.items.reduce(0) { $0 + $1.quantityOrdered }
        lines.append(DialogLine("Total \(Format.money(o.total)) · \(Format.plural(units, "unit")) · nothing shipped yet", .dim))
        if let request = o.buyerCancelRequest {
            lines += TextFit.wrap(Sentence.end("The " + request.words), inner).map { DialogLine($0, .warning) }
        }
        lines.append(.blank)

        let reason = d.chosenReason?.rawValue ?? "choose one"
        lines.append(DialogLine(pieces: [label("Reason", focused: d.focus == .reason)] + pickerPieces(reason, focused: d.focus == .reason)
                                + [("   ←→", .dim)]))
        if let chosen = d.chosenReason {
            let stock = chosen.returnsStock ? "the units go back on the shelf" : "the units come off the shelf count: there are none"
            lines.append(DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), (chosen.plainWords + "; " + stock, .dim)]))
        }
        lines.append(DialogLine(pieces: [label("Refund", focused: d.focus == .refund)]
                                + textPieces(d.refund, focused: d.focus == .refund, width: 14) + [(" " + d.currency, .plain)]))
        switch d.refundCheck {
        case .success(let money): lines += verdict("the buyer gets \(money) back", nil, width: inner, indent: 13)
        case .failure(let reason): lines += verdict(nil, reason.description, width: inner, indent: 13)
        }
        lines.append(.blank)
        lines.append(DialogLine("Cancelling on Amazon cannot be undone. Cancel this order?", .bold))
        let focused = d.focus == .answer
        lines.append(yesNoLine(yes: d.yes, focused: focused))
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: "Cancel order · Esc closes", lines: lines, keep: lines.count - 1)
    }
}
