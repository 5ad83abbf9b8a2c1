import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// A new window of the refund queue: the selection keeps its place (the next request, once one is refunded).
    static func refundsLoaded(_ s: inout ConsoleState, _ window: RefundsWindow) {
        var w = window
        // The sections follow the states' order; the store reads the queue so, this keeps it so.
        let rank = Dictionary(uniqueKeysWithValues: RefundState.allCases.enumerated().map { ($1, $0) })
        w.queue = w.queue.enumerated().sorted { (rank[$0.element.state]!, $0.offset) < (rank[$1.element.state]!, $1.offset) }.map(\.element)
        s.refunds.window = w
        s.refunds.selected = max(0, min(s.refunds.selected, s.refunds.items.count - 1))
        keepRefundVisible(&s)
    }

    /// j/k, pages, g/G over the entries of the Refunds pane.
    static func moveRefunds(_ s: inout ConsoleState, _ action: Move) {
        s.refunds.selected = action.selection(from: s.refunds.selected, last: max(0, s.refunds.items.count - 1),
                                              page: max(1, Layout.refundsHeight(s) - 1))
        keepRefundVisible(&s)
    }

    /// Scrolls the pane's body so the selected entry is on screen; the first entry shows its section title.
    static func keepRefundVisible(_ s: inout ConsoleState) {
        let lines = RefundLines.build(s.refunds)
        let line = lines.firstIndex(of: .entry(s.refunds.selected))
        // A section's first entry brings its title along; the first two lines bring the top.
        let first = line.map { line -> Int in
            if line <= 1 { return 0 }
            if case .section = lines[line - 1] { return line - 1 }
            return line
        }
        s.refunds.top = Scroll.top(showing: first, through: line, from: s.refunds.top, lines: lines.count, height: Layout.refundsHeight(s))
    }

    /// Enter in Refunds: a request is refunded (its suggested amount, CustomerReturn); any other entry opens its order.
    static func openRefund(_ s: inout ConsoleState) -> [Effect] {
        guard let item = s.refunds.selectedItem else { return [] }
        if case .own(let entry) = item, entry.state == .requested {
            return [.refunds(.prepare(entry.amazonOrderId))]
        }
        s.detail = DetailState(orderId: item.amazonOrderId)
        return [.detail(.load(item.amazonOrderId))]
    }

    /// The order is read for `r`: the rules say why not (R4, R10, R22), or the refund dialog opens.
    static func refundPrepared(_ s: inout ConsoleState, _ detail: OrderDetail, _ refundable: Refundable, _ request: RefundEntry?) {
        if let refusal = RefundRules.refusal(detail.order, local: detail.local?.status) {
            refuse(&s, .refund, Sentence.end(refusal.description))
            return
        }
        s.dialog = .refund(RefundDialog(detail: detail, refundable: refundable, request: request))
    }

    /// The store took the refund: on its way to Amazon, or kept as failed because the order was refunded
    /// on Amazon already (R21), which a box says in full before anything else.
    static func refunded(_ s: inout ConsoleState, _ id: String, _ amount: Money, _ outcome: RefundOutcome) -> [Effect] {
        switch outcome {
        case .queued(let p):
            s.dialog = nil
            s.flash = Flash(text: tr("refunds.flash.refunding", p.amount, p.amazonOrderId, p.reason.rawValue), kind: .saved)
        case .failed(_, let notice):
            // R21: not sent; the queue keeps it as failed, with the same words.
            s.dialog = .notice(Notice(title: tr("refunds.failed.title", id), text: tr("refunds.failed.text", amount, notice)))
            s.flash = Flash(text: tr("refunds.flash.failed", amount, id, notice), kind: .refused)
        }
        return [.loadOverview] + reloadVisible(s)
    }
}
