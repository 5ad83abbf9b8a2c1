import Foundation
import GRDB
import MerchantCore

/// One line of the activity log: who did what, when.
public struct ActivityEntry: Sendable, Equatable, Codable {
    public var at: Date
    public var actor: String
    public var kind: String
    public var subject: String?
    public var message: String
}

enum ActivityLog {
    /// The newest lines first; without the sync's (actor 'sync', its housekeeping) through v14's partial index,
    /// never reading past the sync's lines. The actor is written out, not bound: only the same literal as the
    /// index's lets SQLite use it.
    static func newestSQL(includeSync: Bool) -> String {
        includeSync ? "SELECT * FROM activity ORDER BY id DESC LIMIT ?"
            : "SELECT * FROM activity WHERE actor <> 'sync' ORDER BY id DESC LIMIT ?"
    }

    /// The message is a stored record (`merchant activity --json` shows it as it is): written in English whatever
    /// the merchant reads, words it borrows from the catalogue (a setting's title, a reason's words) included.
    static func append(_ db: Database, at: Date, actor: String, kind: String, subject: String?, message: @autoclosure () -> String) throws {
        try db.cachedExecute(
            sql: "INSERT INTO activity (at, actor, kind, subject, message) VALUES (?, ?, ?, ?, ?)",
            arguments: [at.timeIntervalSince1970, actor, kind, subject, Language.$override.withValue(.english, operation: message)])
    }
}

extension MerchantStore {
    /// The newest entries of the activity log, newest first; without the sync's own lines when `includeSync` is false
    /// (what the merchant, a script or the shop did).
    public func activity(limit: Int = 50, includeSync: Bool = true) throws -> [ActivityEntry] {
        try pool.read { db in
            try db.cachedRows(sql: ActivityLog.newestSQL(includeSync: includeSync), arguments: [limit]).map {
                ActivityEntry(at: Date(timeIntervalSince1970: $0["at"]), actor: $0["actor"], kind: $0["kind"], subject: $0["subject"], message: $0["message"])
            }
        }
    }
}
