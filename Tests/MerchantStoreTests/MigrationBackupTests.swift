import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// A backup is kept before every migration: the store as it was, next to it, private (R29: nothing lost).
@Suite("A copy of the store before each migration")
struct MigrationBackupTests {
    func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-migration-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func mode(_ path: String) throws -> Int {
        (try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)).intValue & 0o777
    }

    /// A store as an older merchant left it: migrated up to `version` only, with a setting in it.
    func oldStore(at path: String, upTo version: String) throws {
        let queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: version)
        try queue.write { db in try db.execute(sql: "INSERT INTO setting (key, value) VALUES (?, ?)", arguments: ["sellerId", "A2OLDSELLER"]) }
        try queue.close()
    }

    @Test("opening a store of an older version copies it to merchant.sqlite.before-v3.bak (0600) first, then migrates")
    func backupBeforeMigrating() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("merchant.sqlite").path
        try oldStore(at: path, upTo: "v2: shipments and cancellations")

        let store = try MerchantStore.open(at: path)
        let backup = path + ".before-v3.bak"
        #expect(FileManager.default.fileExists(atPath: backup))
        #expect(try mode(backup) == 0o600)
        // The copy is the store before: its migrations stop at v2 and it holds the data.
        let copy = try DatabaseQueue(path: backup)
        let applied = try copy.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier") }
        #expect(applied == ["v1: orders, catalog, settings, outbox", "v2: shipments and cancellations"])
        #expect(try copy.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: ["sellerId"]) } == "A2OLDSELLER")
        #expect(try copy.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        // The store itself is migrated to the current version and keeps its data.
        #expect(try store.isInitialized())
        #expect(try store.integrityCheck() == "ok")
        let now = try store.pool.read { db in try Schema.migrator.hasCompletedMigrations(db) }
        #expect(now)
    }

    @Test("no copy for a new store, nor for a store already at the current version; an older copy is never overwritten")
    func noNeedlessBackup() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("merchant.sqlite").path
        _ = try MerchantStore.open(at: path)
        _ = try MerchantStore.open(at: path)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".bak") }.isEmpty)

        let old = dir.appendingPathComponent("old.sqlite").path
        try oldStore(at: old, upTo: "v1: orders, catalog, settings, outbox")
        try Data("an older copy".utf8).write(to: URL(fileURLWithPath: old + ".before-v2.bak"))
        _ = try MerchantStore.open(at: old)
        #expect(try Data(contentsOf: URL(fileURLWithPath: old + ".before-v2.bak")) == Data("an older copy".utf8))
        #expect(FileManager.default.fileExists(atPath: old + ".before-v2.2.bak"))
        #expect(try mode(old + ".before-v2.2.bak") == 0o600)
    }
}
