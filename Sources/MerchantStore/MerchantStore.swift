import Foundation
import GRDB
import MerchantCore

/// The merchant's SQLite file: every order, product, setting and message owed to Amazon.
///
///     let store = try MerchantStore.open(at: home.appending("merchant.sqlite"))
///     let settings = try store.settings()
///
/// WAL mode with a busy timeout, so the console, a sync daemon and scripts can share it.
public final class MerchantStore: Sendable {
    let pool: DatabasePool
    /// One fixed read-only connection for `dataVersion`: `PRAGMA data_version` counts per connection,
    /// so values read from whichever pooled reader is free cannot be compared with one another.
    let versionReader: DatabaseQueue
    let checkpointer: Checkpointer
    public let path: String

    private init(pool: DatabasePool, versionReader: DatabaseQueue, path: String) {
        self.pool = pool
        self.versionReader = versionReader
        self.checkpointer = Checkpointer(path: path)
        self.path = path
    }

    deinit { checkpointer.close() }

    /// How many reader connections a store opens at most unless told otherwise: GRDB's default, which lets the
    /// console's panes, the sync and a report read side by side.
    public static let defaultReaders = 5

    /// Opens (creating, 0600) and migrates the store at `path`, with at most `readers` reader connections beside
    /// its writer. Each reader holds the file and its log open: a process that keeps many stores open at once
    /// (a test run) asks for fewer.
    public static func open(at path: String, readers: Int = defaultReaders) throws -> MerchantStore {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) {
            guard fm.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o600]) else {
                throw StoreError.cannotCreate(path)
            }
        }
        var config = Configuration()
        config.busyMode = .timeout(10)
        config.foreignKeysEnabled = true
        config.maximumReaderCount = readers
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        let pool: DatabasePool
        let versionReader: DatabaseQueue
        do {
            pool = try DatabasePool(path: path, configuration: config)
            try backUpBeforeMigrating(pool, path: path)
            try Schema.migrator.migrate(pool)
            // The writer inserts into indexes keyed at random (order ids, search text): with SQLite's default 8 MB
            // of page cache a year of orders no longer fits, and each page of orders read its index pages from
            // disk again. Readers keep the default: they read a window at a time.
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA cache_size = -32768")
                try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Checkpointer.writerLimitPages)")
            }
            // Not opened read-only: a read-only connection that closes last cannot checkpoint and remove the
            // WAL, and a WAL left beside the file outlives the process. `query_only` keeps it from writing.
            var reader = Configuration()
            reader.busyMode = .timeout(10)
            reader.prepareDatabase { db in try db.execute(sql: "PRAGMA query_only = 1") }
            versionReader = try DatabaseQueue(path: path, configuration: reader)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError.damaged(path)
        }
        return MerchantStore(pool: pool, versionReader: versionReader, path: path)
    }

    /// Copies a store that has data and pending migrations to `merchant.sqlite.before-v3.bak` (0600)
    /// before the first of them runs, so a migration that goes wrong never costs the merchant's data.
    /// A new, empty store has nothing to lose and is not copied. Returns the copy's path, if one was made.
    @discardableResult
    static func backUpBeforeMigrating(_ pool: DatabasePool, path: String) throws -> String? {
        let migrator = Schema.migrator
        let pending: String? = try pool.read { db in
            let applied = try migrator.appliedIdentifiers(db)
            guard !applied.isEmpty else { return nil }
            return migrator.migrations.first { !applied.contains($0) }
        }
        guard let next = pending else { return nil }
        // "v3: refunds" names the copy "before-v3"; an older copy of the same step is kept, the new one numbered.
        let step = next.split(separator: ":").first.map(String.init) ?? next
        let fm = FileManager.default
        var backup = "\(path).before-\(step).bak"
        var n = 2
        while fm.fileExists(atPath: backup) {
            backup = "\(path).before-\(step).\(n).bak"
            n += 1
        }
        // Created empty and private before SQLite writes it: VACUUM INTO takes an empty file and keeps its mode.
        guard fm.createFile(atPath: backup, contents: nil, attributes: [.posixPermissions: 0o600]) else {
            throw StoreError.cannotBackUp(backup)
        }
        do {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [backup]) }
        } catch {
            try? fm.removeItem(atPath: backup)
            throw error
        }
        return backup
    }

    /// Whether the store has been set up with a channel connection.
    public func isInitialized() throws -> Bool {
        try pool.read { db in try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM setting WHERE key = 'sellerId')") ?? false }
    }

    /// Sets up a new store: the channel connection, the catalog and (the demo's) ship-from address.
    public func initialize(settings: ChannelSettings, products: [Product], shipFrom: ShipFromAddress? = nil, at now: Date) throws {
        try pool.write { db in
            try SettingsTable.write(settings, db: db)
            if let shipFrom { try ShipFromSetting.write(shipFrom, db: db) }
            for product in products { try CatalogTable.insert(product, db: db) }
            try ActivityLog.append(db, at: now, actor: "setup", kind: "connect", subject: settings.sellerId,
                                   message: tr("store.activity.connected", settings.sellerId, settings.marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", ")))
        }
    }

    /// A number that changes whenever the file is written (by another process, or by this store's own
    /// writer), to notice outside writes; it stays the same while nothing is written.
    ///
    /// Always read on the same dedicated connection: `PRAGMA data_version` is per connection, and two
    /// pooled readers would give unrelated numbers (a missed change, or a reload for nothing).
    public func dataVersion() throws -> Int {
        try versionReader.inDatabase { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }

    /// `PRAGMA integrity_check`, "ok" when the file is sound.
    public func integrityCheck() throws -> String {
        try pool.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }
}

/// Why the store refused or failed, in a merchant's words.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    case cannotCreate(String)
    case damaged(String)
    /// The copy kept before a migration could not be written; the store was left as it was.
    case cannotBackUp(String)
    case notInitialized
    case unknownOrder(String)
    case refused(String)
    /// One of a batch was refused; `index` counts from 0 in the batch, so the caller can name its own line.
    case refusedInBatch(index: Int, amazonOrderId: String, reason: String)
    /// A refund with this request id is already recorded: the same refund again, so nothing new was done.
    case alreadyRecorded(requestId: String, refundId: Int64)

    public var description: String {
        switch self {
        case .cannotCreate(let p): tr("store.error.cannot-create", p)
        case .damaged(let p): tr("store.error.damaged", p)
        case .cannotBackUp(let p): tr("store.error.cannot-back-up", p)
        case .notInitialized: tr("store.error.not-initialized")
        case .unknownOrder(let id): tr("store.error.unknown-order", id)
        case .refused(let why): why
        case .refusedInBatch(let index, _, let reason): tr("store.error.refused-in-batch", index + 1, reason)
        case .alreadyRecorded(let requestId, let refundId): tr("store.error.already-recorded", requestId, refundId)
        }
    }
}
