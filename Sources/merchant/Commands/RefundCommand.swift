import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct RefundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refund", abstract: "Refund part or all of an order; Amazon hears of it on the next sync.")

    @Argument(help: "The Amazon order id.") var id: String
    @Option(help: "The amount, greater than zero and at most what is still refundable, in the order's currency.") var amount: String
    @Option(help: "Amazon's adjustment reason: \(RefundReason.allCases.map(\.rawValue).joined(separator: ", ")).") var reason: String
    @Option(help: "Your name for this refund (a script's own id): run again with the same one, it is not refunded twice.")
    var requestId: String?
    @Flag(help: "Do not ask: money refunded on Amazon cannot be taken back.") var yes = false

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
            let buyer = detail.order.buyerName.map { " to \(CLIText.inert($0))" } ?? ""
            guard try Confirmation.ask("Refund \(money) of order \(id)\(buyer) on Amazon (\(reason.rawValue))? This cannot be taken back.",
                                       withoutTerminal: Refusal("refunding \(money) of \(id) on Amazon cannot be taken back: confirm it (--yes)"),
                                       declined: "Not refunded.") else { return }
        }
        let outcome: RefundOutcome
        do {
            outcome = try context.store.refund(id, amount: money, reason: reason, requestId: requestId, actor: "cli", at: context.now)
        } catch let StoreError.alreadyRecorded(request, refundId) {
            // The same request again: what the script asked for is there, once.
            print("Request \(request) is already recorded as refund #\(refundId) of \(id): nothing new was done.")
            return
        }
        switch outcome {
        case .queued(let payload):
            print("Refunding \(payload.amount) of \(id) (\(payload.reason.rawValue)). Amazon hears of it on the next sync.")
        case .failed(_, let notice):
            // R21: kept in the refund queue as failed, and the merchant is told why.
            throw Refusal("refund failed, \(notice); it stays in the refund queue as failed")
        }
    }
}

struct RefundsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refunds", abstract: "The refund queue: requested, waiting for Amazon, failed, done; refunds made on Amazon apart.")
    @Flag(help: "Print JSON.") var json = false
    @Option(help: "At most this many of each list.") var limit = 200

    func run() throws {
        let context = try Context.open()
        let queue = try context.store.refundQueue(limit: limit)
        let onAmazon = try context.store.refundsOnAmazon(limit: limit)
        let totals = try context.store.refundTotals()
        if json { return try printJSON(RefundsJSON(queue: queue, onAmazon: onAmazon, totals: totals)) }
        print(RefundsText.render(queue: queue, onAmazon: onAmazon, totals: totals, now: context.now))
    }
}
