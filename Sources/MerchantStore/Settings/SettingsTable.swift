import Foundation
import GRDB
import MerchantCore

/// The channel settings as key/value rows.
enum SettingsTable {
    static func write(_ s: ChannelSettings, db: Database) throws {
        let values: [(String, String)] = [
            ("sellerId", s.sellerId),
            ("marketplaceIds", s.marketplaceIds.joined(separator: ",")),
            ("connectedAt", String(s.connectedAt.timeIntervalSince1970)),
        ] + s.keys.map { ($0.rawValue, s.value(of: $0)) }
        for (key, value) in values {
            try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                           arguments: [key, value])
        }
    }

    static func read(_ db: Database) throws -> ChannelSettings {
        let rows = try Row.fetchAll(db, sql: "SELECT key, value FROM setting")
        var map: [String: String] = [:]
        for row in rows { map[row["key"]] = row["value"] }
        guard let sellerId = map["sellerId"], let connected = map["connectedAt"].flatMap(Double.init) else {
            throw StoreError.notInitialized
        }
        var settings = ChannelSettings(
            sellerId: sellerId,
            marketplaceIds: (map["marketplaceIds"] ?? "").split(separator: ",").map(String.init),
            connectedAt: Date(timeIntervalSince1970: connected))
        // Only the demo shop has this switch (stored at its first run).
        settings.demoTrading = map[SettingKey.demoTrading.rawValue].flatMap(OnOff.parse)
        for key in SettingKey.allCases {
            if let value = map[key.rawValue] { settings = (try? settings.setting(key, to: value)) ?? settings }
        }
        return settings
    }
}

extension MerchantStore {
    public func settings() throws -> ChannelSettings {
        try pool.read { db in try SettingsTable.read(db) }
    }

    /// Changes one setting, stored at once and written to the activity log (R28); a refused value changes nothing (R30).
    @discardableResult
    public func setSetting(_ key: SettingKey, to value: String, actor: String, at now: Date) throws -> ChannelSettings {
        try pool.write { db in
            let current = try SettingsTable.read(db)
            let next = try current.setting(key, to: value)
            guard next != current else { return current }
            try SettingsTable.write(next, db: db)
            try SyncStateTable.requestReconsider(db)
            try ActivityLog.append(db, at: now, actor: actor, kind: "setting", subject: key.rawValue,
                                   message: "\(key.title): \(current.value(of: key)) → \(next.value(of: key))")
            return next
        }
    }
}
