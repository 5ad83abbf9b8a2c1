import Foundation
import GRDB
import MerchantCore

/// One line of the activity log: who did what, when.
public struct ActivityEntry: Sendable, Equatable, Codable {
    public var at: Date
    public var actor: String
    public var kind: String
    public var subject: String?
    /// The English record, as `--json` shows it.
    public var message: String
    /// The line in the other languages it was written in, by language code (not part of `--json`).
    public var words: [String: String] = [:]

    enum CodingKeys: String, CodingKey { case at, actor, kind, subject, message }

    public init(at: Date, actor: String, kind: String, subject: String?, message: String, words: [String: String] = [:]) {
        self.at = at
        self.actor = actor
        self.kind = kind
        self.subject = subject
        self.message = message
        self.words = words
    }

    /// The line in the language the merchant reads now; English for a line written before it was kept in others.
    public var inMerchantsWords: String { StoredWords.read(message, words) }
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
    /// the merchant reads, words it borrows from the catalogue (a setting's title, a reason's words) included. The
    /// same line in German and Thai is written beside it, so the console and `merchant activity` show it in the
    /// language the merchant reads then, whichever language the writing process spoke.
    static func append(_ db: Database, at: Date, actor: String, kind: String, subject: String?, message: @autoclosure () -> String) throws {
        let stored = try StoredWords { message() }
        try db.cachedExecute(
            sql: "INSERT INTO activity (at, actor, kind, subject, message, words) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [at.timeIntervalSince1970, actor, kind, subject, stored.english, stored.json])
    }
}

extension MerchantStore {
    /// The newest entries of the activity log, newest first; without the sync's own lines when `includeSync` is false
    /// (what the merchant, a script or the shop did).
    public func activity(limit: Int = 50, includeSync: Bool = true) throws -> [ActivityEntry] {
        try pool.read { db in
            try db.cachedRows(sql: ActivityLog.newestSQL(includeSync: includeSync), arguments: [limit]).map {
                ActivityEntry(at: Date(timeIntervalSince1970: $0["at"]), actor: $0["actor"], kind: $0["kind"], subject: $0["subject"], message: $0["message"],
                              words: StoredWords.decode($0["words"]))
            }
        }
    }
}
