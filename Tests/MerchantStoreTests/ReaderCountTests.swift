import Foundation
import GRDB
import Testing
@testable import MerchantStore

/// How many reader connections a store keeps: each holds the file and its log open, and a process has only so many
/// descriptors (a test run keeps about a hundred stores open at once).
@Suite struct ReaderCountTests {
    /// The descriptors this process holds on the file at `path` itself (not its log or shared memory).
    static func descriptors(on path: String) throws -> Int {
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        return try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").filter { fd in
            (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(fd)")) == resolved
        }.count
    }

    @Test("a store opened for two readers reads with two at most, however many read at once; the default is five")
    func readersAsAsked() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("merchant.sqlite").path

        let store = try MerchantStore.open(at: path, readers: 2)
        #expect(store.pool.configuration.maximumReaderCount == 2)
        // Six reads at once, each holding its connection a while: with more readers allowed, more would open.
        let done = DispatchGroup()
        for _ in 0..<6 {
            done.enter()
            Thread.detachNewThread {
                _ = try? store.pool.read { db in
                    usleep(100_000)
                    return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master")
                }
                done.leave()
            }
        }
        done.wait()
        // The writer, the data-version reader, the checkpointer (when it ran) and the two readers.
        #expect(try Self.descriptors(on: path) <= 5)

        let other = try MerchantStore.open(at: directory.appendingPathComponent("other.sqlite").path)
        #expect(other.pool.configuration.maximumReaderCount == MerchantStore.defaultReaders)
        #expect(MerchantStore.defaultReaders == 5)
    }
}
