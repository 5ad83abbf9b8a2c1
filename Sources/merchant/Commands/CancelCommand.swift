import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct CancelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cancel", abstract: "Cancel an order nothing of which has shipped, refunding the buyer. Cannot be undone.")

    @Argument(help: "The Amazon order id.") var id: String
    @Option(help: "The refund for the buyer, greater than zero, in the order's currency.") var refund: String
    @Option(help: "Amazon's cancel reason: \(CancelReason.allCases.map(\.rawValue).joined(separator: ", ")); \(BuyerCancelRequest.cancelReason.rawValue) by default when the buyer asked to cancel.")
    var reason: String?
    @Flag(help: "Do not ask: cancelling on Amazon cannot be undone.") var yes = false

    func run() throws {
        let context = try Context.open()
        let detail = try context.store.orderDetail(id)
        // The rule first: no question about an order that cannot be cancelled (R17, R19, R30).
        if let refusal = detail.refusalToCancel { throw refusal }
        // The buyer asked to cancel: Amazon hears BuyerCanceled unless the merchant names another reason.
        guard let reason = try reason.map(CancelReason.parse) ?? BuyerCancelRequest.suggestedCancelReason(for: detail.order) else {
            throw Refusal("cancel needs --reason, Amazon's cancel reason: one of \(CancelReason.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let currency = detail.order.total?.currency ?? Marketplace.named(detail.order.marketplaceId).currency
        let amount = try AmountArgument.parse(refund, currency: currency, option: "--refund")
        // Ask before anything irreversible (R17); a script must say --yes, the question never defaults to yes.
        if !yes {
            let buyer = detail.order.buyerName.map { " for \(CLIText.inert($0))" } ?? ""
            guard try Confirmation.ask("Cancel order \(id)\(buyer) on Amazon (\(ReasonWords.labelled(reason.rawValue))) and refund \(amount)? This cannot be undone.",
                                       withoutTerminal: ActionRefusal.confirmationRequired(id), declined: "Not cancelled.") else { return }
        }
        let payload = try context.store.cancel(id, reason: reason, refund: amount, actor: "cli", at: context.now)
        print("Cancelled \(id) (\(payload.reason.rawValue)), refund \(payload.refund). Amazon hears of it on the next sync.")
    }
}
