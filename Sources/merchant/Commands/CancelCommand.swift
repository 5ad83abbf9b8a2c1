import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct CancelCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "cancel", abstract: tr("help.cancel.abstract")) }

    @Argument(help: ArgumentHelp(tr("help.order-id"))) var id: String
    @Option(parsing: .unconditional, help: ArgumentHelp(tr("help.cancel.refund"))) var refund: String
    @Option(help: ArgumentHelp(tr("help.cancel.reason", CancelReason.allCases.map(\.rawValue).joined(separator: ", "), BuyerCancelRequest.cancelReason.rawValue)))
    var reason: String?
    @Flag(help: ArgumentHelp(tr("help.cancel.yes"))) var yes = false

    func run() throws {
        let context = try Context.open()
        let detail = try context.store.orderDetail(id)
        // The rule first: no question about an order that cannot be cancelled (R17, R19, R30).
        if let refusal = detail.refusalToCancel { throw refusal }
        // The buyer asked to cancel: Amazon hears BuyerCanceled unless the merchant names another reason.
        guard let reason = try reason.map(CancelReason.parse) ?? BuyerCancelRequest.suggestedCancelReason(for: detail.order) else {
            throw Refusal(tr("commands.cancel.needs-reason", CancelReason.allCases.map(\.rawValue).joined(separator: ", ")))
        }
        let currency = detail.order.total?.currency ?? Marketplace.named(detail.order.marketplaceId).currency
        let amount = try AmountArgument.parse(refund, currency: currency, option: "--refund")
        // Ask before anything irreversible (R17); a script must say --yes, the question never defaults to yes.
        if !yes {
            let buyer = detail.order.buyerName.map { " " + tr("commands.cancel.for-buyer", CLIText.inert($0)) } ?? ""
            guard try Confirmation.ask(tr("commands.cancel.ask", id, buyer, ReasonWords.labelled(reason.rawValue), amount),
                                       withoutTerminal: ActionRefusal.confirmationRequired(id), declined: tr("commands.cancel.declined")) else { return }
        }
        let payload = try context.store.cancel(id, reason: reason, refund: amount, actor: "cli", at: context.now)
        print(tr("commands.cancel.done", id, payload.reason.rawValue, payload.refund))
    }
}
