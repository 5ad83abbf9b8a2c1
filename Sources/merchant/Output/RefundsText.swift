import Foundation
import MerchantCore
import MerchantStore

/// The refund queue as the command line prints it.
enum RefundsText {
    static func render(queue: [RefundEntry], onAmazon: [AmazonRefundEntry], totals: RefundTotals, now: Date) -> String {
        var lines: [String] = []
        for line in totals.lines {
            // R23: the console's own refunds and Amazon's are never added together.
            let amount = { (money: Money) in LanguageFormat.decimal(money.amountText, .current) }
            lines.append(tr("commands.refunds.totals", line.currency, amount(line.done), amount(line.waiting), amount(line.failed), amount(line.onAmazon)))
        }
        if totals.requested > 0 { lines.append(tr("commands.refunds.requested", totals.requested)) }
        if queue.isEmpty { lines.append(tr("commands.refunds.empty")) }
        for state in RefundState.allCases {
            let entries = queue.filter { $0.state == state }
            guard !entries.isEmpty else { continue }
            lines.append("")
            lines.append(title(state))
            for e in entries {
                let amount = (e.amount ?? e.suggested).map { LanguageFormat.money($0, .current) } ?? ""
                lines.append("  \(CLIText.fit(e.amazonOrderId, 20)) \(CLIText.fit(CLIText.inert(e.buyerName ?? ""), 22)) \(CLIText.fit(amount, 13)) "
                    + "\(CLIText.fit(origin(e.origin), 16)) \(e.reason ?? "")")
                // A line of its own: every line is made inert below, which would write a newline inside one as `\u{a}`.
                if let failure = e.failureInMerchantsWords { lines.append("      " + failure) }
            }
        }
        if !onAmazon.isEmpty {
            lines.append("")
            lines.append(tr("commands.refunds.on-amazon"))
            for e in onAmazon {
                lines.append("  \(CLIText.fit(e.amazonOrderId, 20)) \(CLIText.fit(CLIText.inert(e.buyerName ?? ""), 22)) \(CLIText.fit(LanguageFormat.money(e.amount, .current), 13)) \(SPAPITime.short(e.postedAt))")
            }
        }
        return lines.map(CLIText.inert).joined(separator: "\n")
    }

    /// Why a refund is in the queue, in the merchant's words (`--json` keeps the code).
    static func origin(_ origin: RefundOrigin) -> String {
        switch origin {
        case .merchant: tr("commands.refunds.origin.merchant")
        case .returnRequested: tr("commands.refunds.origin.return-requested")
        case .returnArrived: tr("commands.refunds.origin.return-arrived")
        case .cancellation: tr("commands.refunds.origin.cancellation")
        }
    }

    static func title(_ state: RefundState) -> String {
        switch state {
        case .requested: tr("commands.refunds.state.requested")
        case .waiting: tr("commands.refunds.state.waiting")
        case .failed: tr("commands.refunds.state.failed")
        case .done: tr("commands.refunds.state.done")
        }
    }
}

/// `merchant refunds --json`.
struct RefundsJSON: Encodable {
    struct Entry: Encodable {
        /// None for a cancellation's refund, which travels with the cancellation.
        var id: Int64?
        var amazonOrderId: String
        var buyerName: String?
        var state: String
        var origin: String
        var amount: OrderJSON.Amount?
        var suggested: OrderJSON.Amount?
        var reason: String?
        var failure: String?
        var packageReferenceId: String?
        var updatedAt: String?
    }
    struct OnAmazon: Encodable {
        var amazonOrderId: String
        var amount: OrderJSON.Amount?
        var postedAt: String?
    }
    struct Total: Encodable {
        var currency: String
        var refundedByConsole: String
        var waitingForAmazon: String
        var failed: String
        var refundedOnAmazon: String
    }
    var queue: [Entry]
    var refundedOnAmazon: [OnAmazon]
    var totals: [Total]
    var requested: Int

    init(queue: [RefundEntry], onAmazon: [AmazonRefundEntry], totals: RefundTotals) {
        self.queue = queue.map { e in
            Entry(id: e.origin == .cancellation ? nil : e.id, amazonOrderId: e.amazonOrderId, buyerName: e.buyerName, state: e.state.rawValue, origin: e.origin.rawValue,
                  amount: OrderJSON.amount(e.amount), suggested: OrderJSON.amount(e.suggested), reason: e.reason, failure: e.failure,
                  packageReferenceId: e.packageReferenceId, updatedAt: OrderJSON.date(e.updatedAt))
        }
        refundedOnAmazon = onAmazon.map { OnAmazon(amazonOrderId: $0.amazonOrderId, amount: OrderJSON.amount($0.amount), postedAt: OrderJSON.date($0.postedAt)) }
        self.totals = totals.lines.map { Total(currency: $0.currency, refundedByConsole: $0.done.amountText, waitingForAmazon: $0.waiting.amountText,
                                                failed: $0.failed.amountText, refundedOnAmazon: $0.onAmazon.amountText) }
        requested = totals.requested
    }
}
