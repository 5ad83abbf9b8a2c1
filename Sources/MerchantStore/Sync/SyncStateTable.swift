import Foundation
import GRDB

/// When the last sync ran, what it did, and how far it has read (R3).
public struct SyncState: Sendable, Equatable {
    public var watermark: Date?
    public var lastAttemptAt: Date?
    public var lastSuccessAt: Date?
    public var lastError: String?
    public var lastReport: String?
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
                             lastError: row["lastError"], lastReport: row["lastReport"])
        }
    }

    /// Records the end of a sync: success with what it did, or the error that stopped it.
    public func recordSync(at now: Date, success: Bool, report: String?, error: String?) throws {
        try pool.write { db in
            if success {
                try db.cachedExecute(sql: "UPDATE syncState SET lastAttemptAt = ?, lastSuccessAt = ?, lastError = NULL, lastReport = ? WHERE id = 1",
                               arguments: [now.timeIntervalSince1970, now.timeIntervalSince1970, report])
            } else {
                try db.cachedExecute(sql: "UPDATE syncState SET lastAttemptAt = ?, lastError = ? WHERE id = 1", arguments: [now.timeIntervalSince1970, error])
            }
        }
    }
}
