import Foundation
import MerchantCore

extension Console {
    /// The refund dialog: names the order and what is left to refund (Amazon's own refunds apart, R23), the
    /// amount with the rules' verdict as it is typed (R21, R22), Amazon's reason, and asks with No chosen.
    static func drawRefundDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: RefundDialog) {
        let inner = dialogInner(s)
        let o = d.order
        let r = d.refundable
        var lines: [DialogLine] = []
        var keep = 0
        lines.append(DialogLine(tr("dialog.refund.question", o.amazonOrderId, o.buyerName ?? "—"), .bold))
        var so = tr("dialog.refund.total", Format.money(o.total), AmountText.plain(r.balance.byConsole))
        if r.balance.onAmazon.minorUnits > 0 { so += " · " + tr("dialog.refund.on-amazon", AmountText.plain(r.balance.onAmazon)) }
        so += " · " + tr("dialog.refund.left", r.left)
        lines += TextFit.wrap(so, inner).map { DialogLine($0, .dim) }
        if let request = d.request {
            let what = request.origin == .returnArrived ? tr("dialog.refund.arrived") : tr("dialog.refund.returning")
            let package = request.packageReferenceId.map { " " + tr("refunds.summary.package", $0) } ?? ""
            let text = tr("dialog.refund.suggested", what + package, Format.money(request.suggested))
            lines += TextFit.wrap(text, inner).map { DialogLine($0, .dim) }
        }
        lines.append(.blank)

        if d.focus == .amount { keep = lines.count }
        lines.append(DialogLine(pieces: [label(tr("dialog.field.amount"), focused: d.focus == .amount)]
                                + textPieces(d.amount, focused: d.focus == .amount, width: 14) + [(" " + d.currency, .plain)]))
        switch d.amountCheck {
        case .success((let money, .send)):
            lines += verdict(tr("dialog.buyer-gets", money), nil, width: inner, indent: 13)
        case .success((_, .alreadyRefundedOnAmazon(let notice))):
            // R21: it may be made, but it fails and stays in the queue as failed: said before, not after.
            lines += indented("! " + tr("dialog.refund.would-fail", notice), .warning, width: inner, indent: 13)
        case .failure(let reason):
            lines += verdict(nil, reason.description, width: inner, indent: 13)
        }
        if d.focus == .reason { keep = lines.count }
        let reason = d.chosenReason?.rawValue ?? tr("dialog.reason.choose")
        lines.append(DialogLine(pieces: [label(tr("dialog.field.reason"), focused: d.focus == .reason)] + pickerPieces(reason, focused: d.focus == .reason)
                                + [("   " + tr("dialog.picker.hint"), .dim)]))
        if let chosen = d.chosenReason {
            lines.append(DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), (chosen.plainWords, .dim)]))
        }
        lines.append(.blank)
        lines.append(DialogLine(tr("dialog.refund.ask"), .bold))
        if d.focus == .answer { keep = lines.count }
        let focused = d.focus == .answer
        lines.append(yesNoLine(yes: d.yes, focused: focused))
        let problem = problemLines(d.problem, width: inner)
        lines += problem
        if !problem.isEmpty { keep = lines.count - 1 }
        drawDialogBox(&screen, s, title: tr("dialog.refund.title"), lines: lines, keep: keep)
    }
}
