import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct RefundCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "refund", abstract: tr("help.refund.abstract")) }

    @Argument(help: ArgumentHelp(tr("help.order-id"))) var id: String
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.refund.amount"))) var amount: String
    @Option(help: ArgumentHelp(tr("help.refund.reason", RefundReason.allCases.map(\.rawValue).joined(separator: ", ")))) var reason: String
    @Option(help: ArgumentHelp(tr("help.refund.request-id")))
    var requestId: String?
    @Flag(help: ArgumentHelp(tr("help.refund.yes"))) var yes = false

    func run() throws {
        let context = try Context.open()
        let detail = try context.store.orderDetail(id)
        let reason = try RefundReason.parse(reason)
        let currency = detail.order.total?.currency ?? Marketplace.named(detail.order.marketplaceId).currency
        let money = try AmountArgument.parse(amount, currency: currency, option: "--amount")
        // Ask as `cancel` does, naming the order and the amount; a script says --yes, the question never defaults to yes.
        if !yes {
            // A refund the rules refuse (R22) is refused before the question, not after a "y".
            _ = try RefundRules.check(money, order: detail.order, local: detail.local?.status,
                                      balance: try context.store.refundable(of: id).balance)
            let buyer = detail.order.buyerName.map { " " + tr("commands.refund.to-buyer", CLIText.inert($0)) } ?? ""
            guard try Confirmation.ask(tr("commands.refund.ask", money, id, buyer, reason.rawValue),
                                       withoutTerminal: Refusal(tr("commands.refund.confirm", money, id)),
                                       declined: tr("commands.refund.declined")) else { return }
        }
        let outcome: RefundOutcome
        do {
            outcome = try context.store.refund(id, amount: money, reason: reason, requestId: requestId, actor: "cli", at: context.now)
        } catch let StoreError.alreadyRecorded(request, refundId) {
            // The same request again: what the script asked for is there, once.
            print(tr("commands.refund.already", request, refundId, id))
            return
        }
        switch outcome {
        case .queued(let payload):
            print(tr("commands.refund.done", payload.amount, id, payload.reason.rawValue))
        case .failed(_, let notice):
            // R21: kept in the refund queue as failed, and the merchant is told why.
            throw Refusal(tr("commands.refund.failed", notice))
        }
    }
}

struct RefundsCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "refunds", abstract: tr("help.refunds.abstract")) }
    @Flag(help: ArgumentHelp(tr("help.json-print"))) var json = false
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.refunds.limit"))) var limit = 200

    func run() throws {
        try ListLimit.check(limit)
        let context = try Context.open()
        let queue = try context.store.refundQueue(limit: limit)
        let onAmazon = try context.store.refundsOnAmazon(limit: limit)
        let totals = try context.store.refundTotals()
        if json { return try printJSON(RefundsJSON(queue: queue, onAmazon: onAmazon, totals: totals)) }
        print(RefundsText.render(queue: queue, onAmazon: onAmazon, totals: totals, now: context.now))
    }
}
