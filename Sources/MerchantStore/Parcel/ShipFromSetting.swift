import Foundation
import GRDB
import MerchantCore

/// The merchant's ship-from address, one JSON value in the `setting` table (key `shipFrom`).
enum ShipFromSetting {
    static let key = "shipFrom"

    static func read(_ db: Database) throws -> ShipFromAddress? {
        guard let json = try db.cachedValue(String.self, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) else { return nil }
        return try? JSONDecoder().decode(ShipFromAddress.self, from: Data(json.utf8))
    }

    static func write(_ address: ShipFromAddress?, db: Database) throws {
        guard let address else {
            try db.cachedExecute(sql: "DELETE FROM setting WHERE key = ?", arguments: [key])
            return
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(address), as: UTF8.self)
        try db.cachedExecute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                             arguments: [key, json])
    }
}

extension MerchantStore {
    /// Where parcels leave from, or nil while the merchant has not said.
    public func shipFromAddress() throws -> ShipFromAddress? {
        try pool.read { db in try ShipFromSetting.read(db) }
    }

    /// Sets (or, with nil, clears) the ship-from address, with its activity line (R28). The address is checked
    /// when it is made (`ShipFromAddress`), so a refused one never reaches here and nothing changes (R30).
    @discardableResult
    public func setShipFromAddress(_ address: ShipFromAddress?, actor: String, at now: Date) throws -> ShipFromAddress? {
        try pool.write { db in
            let current = try ShipFromSetting.read(db)
            guard current != address else { return current }
            try ShipFromSetting.write(address, db: db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "setting", subject: "ship-from",
                                   message: tr("store.activity.ship-from", current?.shortForm ?? tr("store.diff.none"), address?.shortForm ?? tr("store.diff.none")))
            return address
        }
    }
}
