import Foundation
import GRDB
import SellingPartnerAPI

/// Counts every arrival of an `Idempotency-Key` and keeps the first answer for the operations that
/// must apply once per key (shipment confirmations, listing patches).
enum Idempotency {
    /// Counts the arrival; returns the stored answer when this key was already applied and replays.
    static func arrive(_ db: Database, key: String, operation: Operation, orderId: String?) throws -> HTTPResponse? {
        try db.execute(sql: """
            INSERT INTO idempotencyKey (key, operation, orderId, arrivals) VALUES (?, ?, ?, 1)
            ON CONFLICT(key) DO UPDATE SET arrivals = arrivals + 1
            """, arguments: [key, operation.rawValue, orderId])
        guard operation.replaysByKey,
              let row = try Row.fetchOne(db, sql: "SELECT responseStatus, responseBody FROM idempotencyKey WHERE key = ?", arguments: [key]),
              let status = row["responseStatus"] as Int? else { return nil }
        let body: Data = row["responseBody"] ?? Data()
        return HTTPResponse(status: status, headers: body.isEmpty ? [:] : ["Content-Type": "application/json"], body: body)
    }

    static func remember(_ db: Database, key: String, response: HTTPResponse) throws {
        try db.execute(sql: "UPDATE idempotencyKey SET responseStatus = ?, responseBody = ? WHERE key = ?",
                       arguments: [response.status, response.body, key])
    }

    /// How often each key naming this order arrived.
    static func arrivals(_ db: Database, orderId: String) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT key, arrivals FROM idempotencyKey WHERE orderId = ?", arguments: [orderId]) {
            counts[row["key"]] = row["arrivals"]
        }
        // Keys of feeds that touched this order (acknowledgements, refunds) count too.
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT k.key, k.arrivals FROM idempotencyKey k JOIN feed f ON f.idempotencyKey = k.key
            WHERE f.feedId IN (SELECT feedId FROM acknowledgement WHERE orderId = ?)
            """, arguments: [orderId]) {
            counts[row["key"]] = row["arrivals"]
        }
        return counts
    }
}
