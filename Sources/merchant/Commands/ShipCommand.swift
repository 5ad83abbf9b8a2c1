import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct ShipCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "ship", abstract: tr("help.ship.abstract"), discussion: tr("help.ship.discussion"))
    }

    @Argument(help: ArgumentHelp(tr("help.order-id"))) var id: String?
    @Option(help: ArgumentHelp(tr("help.ship.carrier", Carrier.known.map(\.displayName).joined(separator: ", ")))) var carrier: String?
    @Option(help: ArgumentHelp(tr("help.carrier-name"))) var carrierName: String?
    @Option(help: ArgumentHelp(tr("help.ship.tracking"))) var tracking: String?
    @Option(help: ArgumentHelp(tr("help.ship.date"))) var date: String?
    @Option(name: .customLong("item"), help: ArgumentHelp(tr("help.ship.item"))) var items: [String] = []
    @Option(help: ArgumentHelp(tr("help.ship.csv"))) var csv: String?
    @Flag(help: ArgumentHelp(tr("help.ship.shared-parcel"))) var sharedParcel = false
    @Flag(help: ArgumentHelp(tr("help.ship.anyway"))) var anyway = false

    func run() throws {
        let context = try Context.open()
        if csv != nil, sharedParcel { throw Refusal(tr("commands.ship.csv-shared-parcel")) }
        if let csv {
            guard id == nil, carrier == nil, tracking == nil else { throw Refusal(tr("commands.ship.csv-alone")) }
            let lines = try ShipmentCSV.read(path: csv, now: context.now)
            let shipped: [ShipmentPayload]
            do {
                shipped = try context.store.shipAll(lines.map { var r = $0.request; r.despiteCancelRequest = anyway; return r }, actor: "cli", at: context.now)
            } catch StoreError.refusedInBatch(let index, let id, let reason) {
                let said = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
                // The buyer asked to cancel: the file may still be meant as it is (ShipWarning).
                let anyway = (try? context.store.orderDetail(id).order.buyerCancelRequest) != nil ? " " + tr("commands.ship.anyway-hint") + "." : ""
                throw Refusal(tr("commands.ship.csv-refused", csv, lines[index].line, id, said) + anyway)
            }
            print(tr("commands.ship.csv-done", shipped.count))
            return
        }
        guard let id, let carrier, let tracking else { throw Refusal(tr("commands.ship.needs")) }
        var request = ShipmentRequest(
            amazonOrderId: id, carrier: try Carrier.parse(carrier, name: carrierName), trackingNumber: tracking,
            shipDate: try date.map { try ShipDate.parse($0, now: context.now, timeZone: .current) }, items: items.isEmpty ? nil : try ItemQuantities.parse(items),
            sharedParcel: sharedParcel, despiteCancelRequest: anyway)
        // The buyer asked to cancel (ShipWarning): asked on a terminal, never defaulting to yes; a script says --anyway.
        if !anyway, case .buyerAsksToCancel(_, let reason)? = ShipWarning.refusal(try context.store.orderDetail(id).order, anyway: false) {
            let why = reason.map { " (\(CLIText.inert($0)))" } ?? ""
            let refusal = Refusal("\(ActionRefusal.buyerAsksToCancel(id, reason: reason)). " + tr("commands.ship.anyway-hint"))
            guard try Confirmation.ask(tr("commands.ship.ask-anyway", id, why), withoutTerminal: refusal, declined: tr("commands.ship.declined")) else { return }
            request.despiteCancelRequest = true
        }
        let shipped: ShipmentPayload
        do {
            shipped = try context.store.ship(request, actor: "cli", at: context.now)
        } catch let refusal as ActionRefusal {
            if case .buyerAsksToCancel = refusal { throw Refusal("\(refusal). " + tr("commands.ship.anyway-hint")) }
            guard case .parcelOfOtherOrder = refusal else { throw refusal }
            throw Refusal("\(refusal). " + tr("commands.ship.shared-parcel-hint"))
        }
        let units = shipped.items.reduce(0) { $0 + $1.quantity }
        print(tr("commands.ship.done", units, id, request.carrier.displayName, shipped.trackingNumber, shipped.packageReferenceId, shipped.parcelNote))
    }
}

/// `SKU=QTY` pairs of a partial shipment.
enum ItemQuantities {
    static func parse(_ pairs: [String]) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(parts[1]), n > 0 else {
                throw Refusal(tr("commands.ship.item", pair))
            }
            result[parts[0], default: 0] += n
        }
        return result
    }
}
