import Foundation
import GRDB

/// When the last sync ran, what it did, and how far it has read (R3).
public struct SyncState: Sendable, Equatable {
    public var watermark: Date?
    public var lastAttemptAt: Date?
    public var lastSuccessAt: Date?
    public var lastError: String?
    /// What the last sync did: the English record.
    public var lastReport: String?
    /// The same in the other languages, by language code: each reader reads it in its own, whoever synced.
    public var lastReportWords: [String: String] = [:]

    /// What the last sync did, in the language the merchant reads now (English for a sync saved before v24).
    public var lastReportInMerchantsWords: String? { lastReport.map { StoredWords.read($0, lastReportWords) } }
}

enum SyncStateTable {
    /// Asks the next sync to re-decide blocked and pending orders.
    static func requestReconsider(_ db: Database) throws {
        try db.cachedExecute(sql: "UPDATE syncState SET reconsider = 1 WHERE id = 1")
    }

    static func moveWatermark(to date: Date, db: Database) throws {
        try db.cachedExecute(sql: "UPDATE syncState SET watermark = MAX(COALESCE(watermark, 0), ?) WHERE id = 1", arguments: [date.timeIntervalSince1970])
    }
}

extension MerchantStore {
    public func syncState() throws -> SyncState {
        try pool.read { db in
            let row = try db.cachedRow(sql: "SELECT * FROM syncState WHERE id = 1")!
            func date(_ c: String) -> Date? { (row[c] as Double?).map { Date(timeIntervalSince1970: $0) } }
            return SyncState(watermark: date("watermark"), lastAttemptAt: date("lastAttemptAt"), lastSuccessAt: date("lastSuccessAt"),
                             lastError: row["lastError"], lastReport: row["lastReport"], lastReportWords: StoredWords.decode(row["lastReportWords"]))
        }
    }

    /// Records the end of a sync: success with what it did, or the error that stopped it.
    /// The report is written in every language (`StoredWords`): `report` is asked once in each.
    public func recordSync(at now: Date, success: Bool, report: @autoclosure () -> String?, error: String?) throws {
        try pool.write { db in
            if success {
                let stored = try report().map { _ in try StoredWords { report() ?? "" } }
                try db.cachedExecute(sql: """
                    UPDATE syncState SET lastAttemptAt = ?, lastSuccessAt = ?, lastError = NULL, lastReport = ?, lastReportWords = ? WHERE id = 1
                    """, arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970, stored?.english, stored?.json])
            } else {
                try db.cachedExecute(sql: "UPDATE syncState SET lastAttemptAt = ?, lastError = ? WHERE id = 1", arguments: [now.timeIntervalSince1970, error])
            }
        }
    }
}
