import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

struct ShipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ship", abstract: "Mark an order shipped with a carrier and tracking number (or many, from a CSV file).",
        discussion: """
            Buyers' messages reach you only in Seller Central, not here.
            CSV columns: order, carrier, tracking[, date], separated by commas, semicolons or tabs, as a
            spreadsheet exports them (a header line and quoted fields are fine); all lines ship, or none.
            """)

    @Argument(help: "The Amazon order id.") var id: String?
    @Option(help: "\(Carrier.known.map(\.displayName).joined(separator: ", ")), or Other.") var carrier: String?
    @Option(help: "The carrier's name when --carrier is Other.") var carrierName: String?
    @Option(help: "The tracking number, valid for the carrier.") var tracking: String?
    @Option(help: "Ship date (2026-11-23: today means now, another day its noon, in your time zone; or 2026-11-23T14:05:00Z); default now.") var date: String?
    @Option(name: .customLong("item"), help: "SKU=QTY for a partial shipment; repeat for more items.") var items: [String] = []
    @Option(help: "Ship many orders from a CSV file.") var csv: String?
    @Flag(help: "The tracking number is one parcel with another order's, to another address, on purpose.") var sharedParcel = false
    @Flag(help: "Ship although the buyer asked to cancel the order (without it such an order is refused).") var anyway = false

    func run() throws {
        let context = try Context.open()
        if csv != nil, sharedParcel { throw Refusal("--shared-parcel is for one order at a time: leave it out with --csv") }
        if let csv {
            guard id == nil, carrier == nil, tracking == nil else { throw Refusal("--csv ships from the file alone: leave out the order id, --carrier and --tracking") }
            let lines = try ShipmentCSV.read(path: csv, now: context.now)
            let shipped: [ShipmentPayload]
            do {
                shipped = try context.store.shipAll(lines.map { var r = $0.request; r.despiteCancelRequest = anyway; return r }, actor: "cli", at: context.now)
            } catch StoreError.refusedInBatch(let index, let id, let reason) {
                let said = reason.hasSuffix(".") ? String(reason.dropLast()) : reason
                // The buyer asked to cancel: the file may still be meant as it is (ShipWarning).
                let anyway = (try? context.store.orderDetail(id).order.buyerCancelRequest) != nil ? " To ship it all the same, run again with --anyway." : ""
                throw Refusal("\(csv) line \(lines[index].line) (\(id)): \(said). Nothing was shipped.\(anyway)")
            }
            print("Shipped \(shipped.count) order\(shipped.count == 1 ? "" : "s"). Amazon hears of it on the next sync.")
            return
        }
        guard let id, let carrier, let tracking else { throw Refusal("ship needs an order id, --carrier and --tracking (or --csv FILE)") }
        var request = ShipmentRequest(
            amazonOrderId: id, carrier: try Carrier.parse(carrier, name: carrierName), trackingNumber: tracking,
            shipDate: try date.map { try ShipDate.parse($0, now: context.now, timeZone: .current) }, items: items.isEmpty ? nil : try ItemQuantities.parse(items),
            sharedParcel: sharedParcel, despiteCancelRequest: anyway)
        // The buyer asked to cancel (ShipWarning): asked on a terminal, never defaulting to yes; a script says --anyway.
        if !anyway, case .buyerAsksToCancel(_, let reason)? = ShipWarning.refusal(try context.store.orderDetail(id).order, anyway: false) {
            let why = reason.map { " (\(CLIText.inert($0)))" } ?? ""
            let refusal = Refusal("\(ActionRefusal.buyerAsksToCancel(id, reason: reason)). To ship it all the same, run again with --anyway")
            guard try Confirmation.ask("The buyer asked to cancel \(id)\(why). Ship it anyway?", withoutTerminal: refusal, declined: "Not shipped.") else { return }
            request.despiteCancelRequest = true
        }
        let shipped: ShipmentPayload
        do {
            shipped = try context.store.ship(request, actor: "cli", at: context.now)
        } catch let refusal as ActionRefusal {
            if case .buyerAsksToCancel = refusal { throw Refusal("\(refusal). To ship it all the same, run again with --anyway") }
            guard case .parcelOfOtherOrder = refusal else { throw refusal }
            throw Refusal("\(refusal). If it really is one parcel, ship again with --shared-parcel")
        }
        let units = shipped.items.reduce(0) { $0 + $1.quantity }
        print("Shipped \(units) unit\(units == 1 ? "" : "s") of \(id) with \(request.carrier.displayName) \(shipped.trackingNumber) (package \(shipped.packageReferenceId))\(shipped.parcelNote). Amazon hears of it on the next sync.")
    }
}

/// `SKU=QTY` pairs of a partial shipment.
enum ItemQuantities {
    static func parse(_ pairs: [String]) throws -> [String: Int] {
        var result: [String: Int] = [:]
        for pair in pairs {
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, parts[1].utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), let n = Int(parts[1]), n > 0 else {
                throw Refusal("--item takes SKU=QUANTITY with a whole number above zero, like MUG-BLAU-350=2, not \"\(pair)\"")
            }
            result[parts[0], default: 0] += n
        }
        return result
    }
}
