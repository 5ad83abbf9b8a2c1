import Foundation
import MerchantCore
import MerchantStore
import Testing

/// The SQLite file itself: private, checked, refused when it is not ours.
@Suite struct StoreFileTests {
    func tempDir() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (try #require(attributes[.posixPermissions] as? NSNumber)).intValue & 0o777
    }

    @Test func theStoreIsCreatedPrivate() throws {
        let t = try TestStore()
        #expect(try mode(t.store.path) == 0o600)
        // The WAL and shared-memory files hold the same data: no wider than the store.
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped, buyer: "Jürgen Groß")], watermark: nil, at: Fx.t(1))
        for suffix in ["-wal", "-shm"] where FileManager.default.fileExists(atPath: t.store.path + suffix) {
            #expect(try mode(t.store.path + suffix) & 0o077 == 0, "\(suffix)")
        }
    }

    @Test func aClosedStoreLeavesNoLogBehind() throws {
        // R29: a store closed after syncing is whole in its file; the next start has no log to read first.
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("merchant.sqlite").path
        do {
            let store = try MerchantStore.open(at: path)
            try store.initialize(settings: Fx.settings(), products: Fx.catalog, at: Fx.connectedAt)
            for n in 0..<20 {
                let orders = (0..<50).map { Fx.order(String(format: "302-%07d-%07d", n, $0), .unshipped, items: [Fx.item("MUG-BLAU-350")]) }
                try store.ingest(orders, watermark: nil, at: Fx.t(1))
            }
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        #expect(try MerchantStore.open(at: path).orders(limit: 2_000).count == 1_000)
    }

    @Test func aSoundStorePassesTheIntegrityCheck() throws {
        let t = try TestStore()
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped)], watermark: nil, at: Fx.t(1))
        #expect(try t.store.integrityCheck() == "ok")
    }

    @Test func aStoreReopensWithItsData() throws {
        let t = try TestStore()
        try t.store.ingest([Fx.order("302-0000001-0000001", .unshipped)], watermark: Fx.t(1), at: Fx.t(1))
        let again = try MerchantStore.open(at: t.store.path)
        #expect(try again.orders().map(\.amazonOrderId) == ["302-0000001-0000001"])
        #expect(try again.syncState().watermark == Fx.t(1))
        #expect(try again.isInitialized())
        let version = try again.dataVersion()
        try t.store.setSetting(.importPending, to: "on", actor: "merchant", at: Fx.t(2))
        #expect(try again.dataVersion() != version)
    }

    @Test(arguments: [
        "this is a text file, not a merchant store, and certainly not SQLite. It is long enough to have a header.\n",
        String(repeating: "x", count: 4096),
    ])
    func aFileThatIsNotSQLiteIsRefusedAsDamaged(content: String) throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("merchant.sqlite").path
        try Data(content.utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.damaged(path)) { try MerchantStore.open(at: path) }
        // And it is left as it was.
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Data(content.utf8))
    }

    @Test func aMissingFolderIsAClearError() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("no/such/folder/merchant.sqlite").path
        #expect(throws: StoreError.cannotCreate(path)) { try MerchantStore.open(at: path) }
    }
}
