import Foundation
import GRDB
import MerchantCore

/// How far a label has come: queued in the outbox, bought on Amazon, its file saved; or voided, or refused.
public enum LabelState: String, Codable, Sendable {
    case queued, bought, saved, voiding, voided, failed

    /// A label that is bought or on its way to being bought or voided: the order may not get another meanwhile.
    var isInFlight: Bool { self == .queued || self == .bought || self == .voiding }
}

/// One label bought (or being bought) through Amazon for an order's parcel.
public struct LabelRecord: Sendable, Equatable {
    public var id: Int64
    public var amazonOrderId: String
    public var idempotencyKey: String
    public var rateId: String
    public var carrierName: String
    public var serviceName: String
    public var price: Money
    public var format: String
    public var state: LabelState
    public var shipmentId: String?
    public var packageClientReferenceId: String?
    public var trackingNumber: String?
    public var filePath: String?
    public var error: String?
    public var createdAt: Date
    public var boughtAt: Date?
    public var voidedAt: Date?
    /// Amazon's id of the label's carrier, for tracking; nil for labels bought before it was kept.
    public var carrierId: String?

    init(_ row: Row) {
        id = row["id"]
        amazonOrderId = row["amazonOrderId"]
        idempotencyKey = row["idempotencyKey"]
        rateId = row["rateId"]
        carrierName = row["carrierName"]
        serviceName = row["serviceName"]
        price = Money(minorUnits: row["priceMinor"], currency: row["currency"])
        format = row["format"]
        state = LabelState(rawValue: row["state"]) ?? .failed
        shipmentId = row["shipmentId"]
        packageClientReferenceId = row["packageClientReferenceId"]
        trackingNumber = row["trackingNumber"]
        filePath = row["filePath"]
        error = row["error"]
        createdAt = Date(timeIntervalSince1970: row["createdAt"])
        boughtAt = (row["boughtAt"] as Double?).map(Date.init(timeIntervalSince1970:))
        voidedAt = (row["voidedAt"] as Double?).map(Date.init(timeIntervalSince1970:))
        carrierId = row["carrierId"]
    }

    /// The file name a label is saved under in the data folder's `labels/`: the order, the label and its format.
    public var fileName: String { "\(amazonOrderId)-\(id).\(format.lowercased())" }
}

/// What the outbox carries to buy a label: the kept rate with its token and time, the format, and the parcel's lines.
public struct LabelPayload: Codable, Sendable, Equatable {
    public var labelId: Int64
    public var amazonOrderId: String
    public var rateId: String
    public var requestToken: String
    public var ratesFetchedAt: Date
    public var format: String
    public var lines: [PackageLine]
}

/// What the outbox carries to void a label.
public struct LabelVoidPayload: Codable, Sendable, Equatable {
    public var labelId: Int64
    public var amazonOrderId: String
    public var shipmentId: String
}

extension MerchantStore {
    /// The data folder's `labels/`, where bought labels are saved.
    public var labelsFolder: URL { URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("labels", isDirectory: true) }

    /// Every label of an order, oldest first.
    public func labels(orderId: String) throws -> [LabelRecord] {
        try pool.read { db in try db.cachedRows(sql: "SELECT * FROM label WHERE amazonOrderId = ? ORDER BY id", arguments: [orderId]).map(LabelRecord.init) }
    }

    public func label(id: Int64) throws -> LabelRecord? {
        try pool.read { db in try LabelTable.find(id, db: db) }
    }

    /// Keeps what `getRates` offered for an order, replacing the rates kept before.
    public func keepRates(_ rates: KeptRates) throws {
        try pool.write { db in
            try db.cachedExecute(sql: "INSERT OR REPLACE INTO shippingRates (amazonOrderId, body) VALUES (?, ?)",
                                 arguments: [rates.amazonOrderId, String(decoding: try JSONEncoder().encode(rates), as: UTF8.self)])
        }
    }

    public func keptRates(orderId: String) throws -> KeptRates? {
        try pool.read { db in try LabelTable.keptRates(orderId, db: db) }
    }

    /// The lines of an order still open by our own record, which a label's parcel carries (a shipment not yet
    /// confirmed by Amazon counts as shipped).
    public func openLines(orderId: String) throws -> [PackageLine] {
        try pool.read { db in
            guard let local = try LocalOrderTable.find(amazonOrderId: orderId, db: db) else { throw ActionRefusal.notImported(orderId) }
            return local.lines.filter { $0.quantity > $0.quantityShipped }.map { PackageLine(orderItemId: $0.orderItemId, quantity: $0.quantity - $0.quantityShipped) }
        }
    }
}

enum LabelTable {
    static func find(_ id: Int64, db: Database) throws -> LabelRecord? {
        try db.cachedRow(sql: "SELECT * FROM label WHERE id = ?", arguments: [id]).map(LabelRecord.init)
    }

    static func keptRates(_ orderId: String, db: Database) throws -> KeptRates? {
        try db.cachedValue(String.self, sql: "SELECT body FROM shippingRates WHERE amazonOrderId = ?", arguments: [orderId])
            .map { try JSONDecoder().decode(KeptRates.self, from: Data($0.utf8)) }
    }

    static func setState(_ id: Int64, _ state: LabelState, error: String? = nil, db: Database) throws {
        try db.cachedExecute(sql: "UPDATE label SET state = ?, error = ? WHERE id = ?", arguments: [state.rawValue, error, id])
    }
}
