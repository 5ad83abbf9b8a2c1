import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Buys queued labels (Shipping v2 `purchaseShipment`, each with its label's idempotency key) and voids them
/// (`cancelShipment`), saving each label's file under the data folder's `labels/` (R29).
///
/// A purchase survives a crash at any moment: before its answer is recorded, the same key sent again gets the same
/// shipment from Amazon (never a second label); after it, a label whose file is missing is fetched again with
/// `getShipmentDocuments`. No `confirmShipment` goes out for these packages: Buy Shipping confirmed them on Amazon.
final class LabelDelivery {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource
    /// The labels saved in this run that the printer did not take, each "why (path)".
    private var printFailures: [String] = []
    /// The orders whose label Amazon sold in this run (Buy Shipping confirmed their shipment), to be read back.
    private(set) var ordersSold: [String] = []

    init(store: MerchantStore, client: SellingPartnerClient, clock: any ClockSource) {
        self.store = store
        self.client = client
        self.clock = clock
    }

    func run() async throws -> (done: Int, failed: Int) {
        var done = 0, failed = 0
        printFailures = []
        for message in try store.openOutbox(kind: .label) {
            let payload = try message.decode(LabelPayload.self)
            guard let label = try store.label(id: payload.labelId) else { continue }
            do {
                if try await deliver(message, payload, label) { done += 1 }
            } catch SPAPIError.rejected(let status, let errors) where label.state == .queued {
                // Amazon sold nothing (an expired token, an order shipped meanwhile): the label fails, the order is as it was.
                try store.recordLabelRefused(labelId: label.id, outboxId: message.id, error: Self.why(status, errors), at: clock.now)
                failed += 1
            }
        }
        for message in try store.openOutbox(kind: .labelVoid) {
            let payload = try message.decode(LabelVoidPayload.self)
            do {
                try await client.cancelShipment(shipmentId: payload.shipmentId)
                try store.recordLabelVoided(labelId: payload.labelId, outboxId: message.id, at: clock.now)
                if let path = try store.label(id: payload.labelId)?.filePath { try? FileManager.default.removeItem(atPath: path) }
                done += 1
            } catch SPAPIError.rejected(let status, let errors) {
                try store.recordLabelVoidRefused(labelId: payload.labelId, outboxId: message.id, error: Self.why(status, errors), at: clock.now)
                failed += 1
            }
        }
        // A label the printer did not take is saved all the same; the sync says so once, on the status line.
        if let first = printFailures.first { throw LabelPrintFailure(count: printFailures.count, first: first) }
        return (done, failed)
    }

    /// Takes one label as far as it goes: bought, recorded, saved. True when it is done.
    private func deliver(_ message: OutboxMessage, _ payload: LabelPayload, _ label: LabelRecord) async throws -> Bool {
        let format = ShippingDocumentFormat(rawValue: label.format) ?? .pdf
        switch label.state {
        case .queued:
            CrashPoint.reach("label.beforePurchase")
            let bought = try await client.purchaseShipment(
                PurchaseShipmentRequest(requestToken: payload.requestToken, rateId: payload.rateId,
                                        requestedDocumentSpecification: RequestedDocumentSpecification(format: format)),
                idempotencyKey: label.idempotencyKey)
            CrashPoint.reach("label.purchased")
            guard let package = bought.packageDocumentDetails.first, let tracking = package.trackingId else {
                throw SPAPIError.malformedResponse(operation: .purchaseShipment, detail: "the shipment has no package with a tracking id")
            }
            try store.recordLabelBought(labelId: label.id, shipmentId: bought.shipmentId, packageClientReferenceId: package.packageClientReferenceId,
                                        trackingNumber: tracking, lines: payload.lines, at: clock.now)
            CrashPoint.reach("label.recorded")
            ordersSold.append(label.amazonOrderId)
            guard let recorded = try store.label(id: label.id) else { return false }
            try save(package.label, recorded, outboxId: message.id)
        case .bought:
            // Bought and recorded, but the file was never saved (a crash): Amazon has the documents still.
            guard let shipmentId = label.shipmentId, let reference = label.packageClientReferenceId else { return false }
            let documents = try await client.getShipmentDocuments(shipmentId: shipmentId, packageClientReferenceId: reference, format: format)
            try save(documents.packageDocumentDetail.label, label, outboxId: message.id)
        case .saved:
            try store.updateOutbox(ids: [message.id], state: .done, countAttempt: true, at: clock.now)
        case .voiding, .voided, .failed:
            return false
        }
        return true
    }

    /// Writes the label's file (0600, in a 0700 folder) whole or not at all, then marks the label saved.
    private func save(_ document: PackageDocument?, _ label: LabelRecord, outboxId: Int64) throws {
        guard let data = document?.data, !data.isEmpty else {
            throw SPAPIError.malformedResponse(operation: .purchaseShipment, detail: "the label document is missing or not base64")
        }
        let path = try LabelFile.write(data, named: label.fileName, in: store.labelsFolder)
        try store.recordLabelSaved(labelId: label.id, filePath: path, outboxId: outboxId, at: clock.now)
        try printIfSet(path, orderId: label.amazonOrderId)
    }

    /// With a printer set, the label goes to it as soon as it is saved, by this process. A failure is an activity line
    /// and a message for the status line, never a lost label.
    private func printIfSet(_ path: String, orderId: String) throws {
        guard let printer = try store.printerName() else { return }
        do {
            try LinePrinter.send(file: path, printer: printer)
        } catch {
            try store.recordLabelPrintFailed(orderId: orderId, path: path, reason: "\(error)", at: clock.now)
            printFailures.append(tr("labels.print.failed", path, "\(error)"))
        }
    }

    static func why(_ status: Int, _ errors: [SPAPIErrorItem]) -> String {
        "HTTP \(status): " + errors.map { [$0.message, $0.details].compactMap { $0 }.joined(separator: ": ") }.joined(separator: "; ")
    }
}

/// Labels saved but not printed: the status line's one line, the first reason with its file.
struct LabelPrintFailure: Error, CustomStringConvertible {
    var count: Int
    var first: String
    var description: String { count == 1 ? first : tr("labels.print.failedmore", first, count - 1) }
}

/// The data folder's `labels/`: the merchant's alone (folder 0700, files 0600), each file written whole.
public enum LabelFile {
    public static func write(_ data: Data, named name: String, in folder: URL) throws -> String {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        try fm.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        let target = folder.appendingPathComponent(name)
        let temporary = folder.appendingPathComponent(".\(name).partial")
        fm.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600])
        try data.write(to: temporary)
        try fm.setAttributes([.posixPermissions: 0o600], ofItemAtPath: temporary.path)
        _ = try? fm.removeItem(at: target)
        try fm.moveItem(at: temporary, to: target)
        return target.path
    }
}

extension ChannelSync {
    /// Buys (or voids) the labels the outbox holds now, without the rest of a sync (`merchant label`).
    /// The orders whose label was bought are read back from Amazon at once (`OrderReadBack`).
    public func deliverLabels() async throws {
        let delivery = LabelDelivery(store: store, client: client, clock: clock)
        var failure: (any Error)?
        do { _ = try await delivery.run() } catch { failure = error }
        // Also when the run failed later (a printer, another label): what Amazon sold is read back all the same.
        await OrderReadBack(store: store, client: client, clock: clock).run(delivery.ordersSold)
        if let failure { throw failure }
    }
}
