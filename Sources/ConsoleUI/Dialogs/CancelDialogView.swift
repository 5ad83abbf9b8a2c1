import Foundation
import MerchantCore

extension Console {
    /// The cancel dialog: names the order and the refund, asks Amazon's reason, and asks with No chosen (R17, R18).
    static func drawCancelDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: CancelDialog) {
        let inner = dialogInner(s)
        let o = d.order
        var lines: [DialogLine] = []
        lines.append(DialogLine(tr("dialog.cancel.question", o.amazonOrderId, o.buyerName ?? "—"), .bold))
        let units = o.items.reduce(0) { $0 + $1.quantityOrdered }
        lines.append(DialogLine(tr("dialog.cancel.facts", Format.money(o.total), units), .dim))
        if let request = o.buyerCancelRequest {
            lines += TextFit.wrap(Sentence.end(tr("dialog.cancel.request", request.words)), inner).map { DialogLine($0, .warning) }
        }
        lines.append(.blank)

        let reason = d.chosenReason?.rawValue ?? tr("dialog.reason.choose")
        lines.append(DialogLine(pieces: [label(tr("dialog.field.reason"), focused: d.focus == .reason)] + pickerPieces(reason, focused: d.focus == .reason)
                                + [("   ←→", .dim)]))
        if let chosen = d.chosenReason {
            let stock = chosen.returnsStock ? tr("dialog.cancel.stock.back") : tr("dialog.cancel.stock.gone")
            lines.append(DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), (chosen.plainWords + "; " + stock, .dim)]))
        }
        lines.append(DialogLine(pieces: [label(tr("dialog.field.refund"), focused: d.focus == .refund)]
                                + textPieces(d.refund, focused: d.focus == .refund, width: 14) + [(" " + d.currency, .plain)]))
        switch d.refundCheck {
        case .success(let money): lines += verdict(tr("dialog.buyer-gets", money), nil, width: inner, indent: 13)
        case .failure(let reason): lines += verdict(nil, reason.description, width: inner, indent: 13)
        }
        lines.append(.blank)
        lines.append(DialogLine(tr("dialog.cancel.ask"), .bold))
        let focused = d.focus == .answer
        lines.append(yesNoLine(yes: d.yes, focused: focused))
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: tr("dialog.cancel.title"), lines: lines, keep: lines.count - 1)
    }
}
