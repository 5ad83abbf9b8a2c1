import ArgumentParser
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

struct LabelCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "label", abstract: tr("labels.help.label.abstract"), discussion: tr("labels.help.label.discussion"))
    }

    @Argument(help: ArgumentHelp(tr("help.order-id"))) var id: String
    @Option(help: ArgumentHelp(tr("labels.help.rate"))) var rate: String?
    @Option(help: ArgumentHelp(tr("labels.help.format"))) var format: String?
    @Flag(help: ArgumentHelp(tr("labels.help.print"))) var print = false
    @Flag(name: .customLong("void"), help: ArgumentHelp(tr("labels.help.void"))) var voidLabel = false
    @Option(help: ArgumentHelp(tr("labels.help.endpoint"))) var endpoint: String?
    @Flag(help: ArgumentHelp(tr("labels.help.yes"))) var yes = false

    func run() async throws {
        let context = try Context.open()
        // An order that is not there is the first thing to say, before what the command lacks.
        let detail = try context.store.orderDetail(id)
        if voidLabel {
            guard rate == nil, !print else { throw Refusal(tr("labels.refusal.voidonly")) }
            return try await void(context)
        }
        guard let rate else { throw Refusal(tr("labels.refusal.needsrate", id)) }
        // Without --format, the merchant's label-format setting.
        let format: String
        if let asked = self.format {
            guard let parsed = LabelFormat.parse(asked) else { throw Refusal(tr("labels.refusal.badformat", asked)) }
            format = parsed.wire
        } else {
            format = try context.store.settings().labelFormat.wire
        }
        // A label costs money, as a refund does: ask as `refund` asks, naming the service, the price and the order,
        // after the rules (a refused purchase asks nothing); a script says --yes, the question never defaults to yes.
        if !yes {
            let offer = try context.store.labelOffer(orderId: id, rateId: rate, format: format, at: context.now)
            let buyer = detail.order.buyerName.map { " " + tr("labels.ask.to", CLIText.inert($0)) } ?? ""
            guard try Confirmation.ask(tr("labels.ask", CLIText.inert(offer.serviceName), offer.price, id, buyer),
                                       withoutTerminal: Refusal(tr("labels.confirm", id, offer.price)),
                                       declined: tr("labels.declined")) else { return }
        }
        let queued = try context.store.queueLabel(orderId: id, rateId: rate, format: format, actor: "cli", at: context.now)
        let problem = await deliver(context)
        guard let label = try context.store.label(id: queued.id) else { return }
        switch label.state {
        case .saved:
            let path = label.filePath ?? ""
            Swift.print(tr("labels.bought", label.serviceName, label.price, label.trackingNumber ?? "", path))
            Swift.print(tr("labels.bought.confirmed", id))
            if let problem { FileHandle.standardError.write(Data("merchant: \(problem)\n".utf8)) }
            // With a printer set, the sync printed it on saving (or logged why not); `--print` then asks nothing more.
            if print, try context.store.printerName() == nil { Self.printLabel(path) }
        case .failed:
            throw Refusal(tr("labels.refused", id, label.error ?? tr("labels.noreason")))
        default:
            Swift.print(tr("labels.queued", id, problem ?? tr("labels.noanswer")))
        }
    }

    private func void(_ context: Context) async throws {
        // Voiding takes the package off the order: asked as buying is, after the rules.
        if !yes {
            let label = try context.store.labelToVoid(orderId: id, at: context.now)
            guard try Confirmation.ask(tr("labels.void.ask", label.trackingNumber ?? "", id),
                                       withoutTerminal: Refusal(tr("labels.void.confirm", id)),
                                       declined: tr("labels.void.declined")) else { return }
        }
        let queued = try context.store.queueLabelVoid(orderId: id, actor: "cli", at: context.now)
        let problem = await deliver(context)
        switch try context.store.label(id: queued.id)?.state {
        case .voided?: Swift.print(tr("labels.voided", queued.trackingNumber ?? "", id))
        case .saved?, .bought?:
            let error = try context.store.label(id: queued.id)?.error ?? tr("labels.noreason")
            throw Refusal(tr("labels.void.refused", id, error))
        default: Swift.print(tr("labels.void.queued", id, problem ?? tr("labels.noanswer")))
        }
    }

    /// Sends a label to the system's default printer; when that fails, says so (the label stays saved).
    private static func printLabel(_ path: String) {
        do {
            try LinePrinter.send(file: path, printer: nil)
        } catch {
            FileHandle.standardError.write(Data("merchant: \(tr("labels.print.failed", path, "\(error)"))\n".utf8))
        }
    }

    /// Sends what was just queued now; what could not be sent waits in the outbox for the next sync. The problem, if any.
    private func deliver(_ context: Context) async -> String? {
        do {
            try await context.channelSync(endpoint: endpoint).deliverLabels()
            return nil
        } catch {
            return SyncProblem(part: SyncPart.labels, error: error).headline
        }
    }
}
