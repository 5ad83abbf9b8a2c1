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
        lines.append(DialogLine("Refund order \(o.amazonOrderId) for \(o.buyerName ?? "—")?", .bold))
        var so = "Total \(Format.money(o.total)) · refunded by the console \(r.balance.byConsole.amountText)"
        if r.balance.onAmazon.minorUnits > 0 { so += " · refunded on Amazon \(r.balance.onAmazon.amountText) (apart)" }
        so += " · left to refund \(r.left)"
        lines += TextFit.wrap(so, inner).map { DialogLine($0, .dim) }
        if let request = d.request {
            let what = request.origin == .returnArrived ? "The returned package arrived" : "The buyer is returning a package"
            let text = "\(what)\(request.packageReferenceId.map { " (package \($0))" } ?? ""): \(Format.money(request.suggested)) suggested."
            lines += TextFit.wrap(text, inner).map { DialogLine($0, .dim) }
        }
        lines.append(.blank)

        if d.focus == .amount { keep = lines.count }
        lines.append(DialogLine(pieces: [label("Amount", focused: d.focus == .amount)]
                                + textPieces(d.amount, focused: d.focus == .amount, width: 14) + [(" " + d.currency, .plain)]))
        switch d.amountCheck {
        case .success((let money, .send)):
            lines += verdict("the buyer gets \(money) back", nil, width: inner, indent: 13)
        case .success((_, .alreadyRefundedOnAmazon(let notice))):
            // R21: it may be made, but it fails and stays in the queue as failed: said before, not after.
            lines += indented("! would fail, " + notice, .warning, width: inner, indent: 13)
        case .failure(let reason):
            lines += verdict(nil, reason.description, width: inner, indent: 13)
        }
        if d.focus == .reason { keep = lines.count }
        let reason = d.chosenReason?.rawValue ?? "choose one"
        lines.append(DialogLine(pieces: [label("Reason", focused: d.focus == .reason)] + pickerPieces(reason, focused: d.focus == .reason)
                                + [("   ←→ or a letter", .dim)]))
        if let chosen = d.chosenReason {
            lines.append(DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), (chosen.plainWords, .dim)]))
        }
        lines.append(.blank)
        lines.append(DialogLine("Amazon is told at once. Refund this order?", .bold))
        if d.focus == .answer { keep = lines.count }
        let focused = d.focus == .answer
        lines.append(yesNoLine(yes: d.yes, focused: focused))
        let problem = problemLines(d.problem, width: inner)
        lines += problem
        if !problem.isEmpty { keep = lines.count - 1 }
        drawDialogBox(&screen, s, title: "Refund order · Esc closes", lines: lines, keep: keep)
    }
}
