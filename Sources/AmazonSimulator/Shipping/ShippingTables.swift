import Foundation
import GRDB

/// Buy Shipping's memory: the rates offered under each request token, and the shipments bought.
enum ShippingTables {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE shippingRateRequest (
                requestToken TEXT PRIMARY KEY NOT NULL,
                orderId TEXT NOT NULL,
                createdAt INTEGER NOT NULL,        -- the token buys one of its rates for 10 minutes from here
                body BLOB NOT NULL                 -- JSON of SimRateRequest
            ) WITHOUT ROWID;
            CREATE TABLE shippingShipment (
                shipmentId TEXT PRIMARY KEY NOT NULL,
                idempotencyKey TEXT UNIQUE,        -- x-amzn-IdempotencyKey: one shipment per key, ever
                orderId TEXT NOT NULL,
                trackingId TEXT NOT NULL,
                purchasedAt INTEGER NOT NULL,
                cancelledAt INTEGER,
                body BLOB NOT NULL                 -- JSON of SimShipment
            ) WITHOUT ROWID;
            CREATE INDEX shippingShipment_order ON shippingShipment (orderId);
            CREATE INDEX shippingShipment_tracking ON shippingShipment (trackingId);
            """)
    }
}

/// A rate offered under a request token, as it will be bought.
struct SimRate: Codable, Equatable {
    var rateId: String
    var serviceId: String
    var chargeMinor: Int64
    var currency: String
    var billedGrams: Int
    var deliveryStart: Int64
    var deliveryEnd: Int64
    var pickupStart: Int64
    var pickupEnd: Int64
}

/// What one getRates answered: the parcel, where it comes from, and the rates.
struct SimRateRequest: Codable, Equatable {
    var orderId: String
    var packageClientReferenceId: String
    var grams: Int
    var items: [SimPackageItem]
    var from: [String]
    var rates: [SimRate]

    static func load(_ db: Database, token: String) throws -> (SimRateRequest, createdAt: Int64)? {
        guard let row = try Row.fetchOne(db, sql: "SELECT createdAt, body FROM shippingRateRequest WHERE requestToken = ?", arguments: [token])
        else { return nil }
        return (try JSONDecoder().decode(SimRateRequest.self, from: row["body"] as Data), row["createdAt"])
    }

    func save(_ db: Database, token: String, at now: Int64) throws {
        try db.execute(sql: "INSERT INTO shippingRateRequest (requestToken, orderId, createdAt, body) VALUES (?, ?, ?, ?)",
                       arguments: [token, orderId, now, try JSONEncoder().encode(self)])
    }
}

/// A bought shipment: one package, its label, and whether it was voided.
struct SimShipment: Codable, Equatable {
    var shipmentId: String
    var orderId: String
    var rate: SimRate
    var packageClientReferenceId: String
    var trackingId: String
    var format: String
    /// The PNG's resolution as bought (nil: the default).
    var dpi: Int?
    var label: LabelContent
    var items: [SimPackageItem]
    var purchasedAt: Int64
    var cancelledAt: Int64?

    var service: CarrierService? { CarrierService.named(rate.serviceId) }

    static func load(_ db: Database, shipmentId: String) throws -> SimShipment? { try all(db, "shipmentId", shipmentId).first }
    static func load(_ db: Database, idempotencyKey: String) throws -> SimShipment? { try all(db, "idempotencyKey", idempotencyKey).first }
    static func load(_ db: Database, trackingId: String) throws -> SimShipment? { try all(db, "trackingId", trackingId).first }
    static func all(_ db: Database, orderId: String) throws -> [SimShipment] { try all(db, "orderId", orderId) }

    /// The shipments whose `column` (one of the table's own names, never the caller's text) holds `value`, oldest first.
    private static func all(_ db: Database, _ column: String, _ value: String) throws -> [SimShipment] {
        try Data.fetchAll(db, sql: "SELECT body FROM shippingShipment WHERE \(column) = ? ORDER BY purchasedAt, shipmentId", arguments: [value])
            .map { try JSONDecoder().decode(SimShipment.self, from: $0) }
    }

    func insert(_ db: Database, idempotencyKey: String?) throws {
        try db.execute(sql: """
            INSERT INTO shippingShipment (shipmentId, idempotencyKey, orderId, trackingId, purchasedAt, cancelledAt, body)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [shipmentId, idempotencyKey, orderId, trackingId, purchasedAt, cancelledAt, try JSONEncoder().encode(self)])
    }

    func update(_ db: Database) throws {
        try db.execute(sql: "UPDATE shippingShipment SET cancelledAt = ?, body = ? WHERE shipmentId = ?",
                       arguments: [cancelledAt, try JSONEncoder().encode(self), shipmentId])
    }
}
