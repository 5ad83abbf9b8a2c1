import Foundation
import GRDB
@testable import MerchantStore

/// A store file in a fresh folder, migrated only up to `version`: the data a later migration must carry over.
/// A test says `defer { old.remove() }`.
struct OlderStore {
    let directory: URL
    let path: String
    let queue: DatabaseQueue

    init(upTo version: String) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        path = directory.appendingPathComponent("merchant.sqlite").path
        queue = try DatabaseQueue(path: path)
        try Schema.migrator.migrate(queue, upTo: version)
    }

    /// Closes the old file and opens it as the store does today, which migrates it the rest of the way.
    func openMigrated() throws -> MerchantStore {
        try queue.close()
        return try MerchantStore.open(at: path)
    }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}
