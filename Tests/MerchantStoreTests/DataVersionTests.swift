import Foundation
import MerchantCore
@testable import MerchantStore
import Synchronization
import Testing

/// `dataVersion()` is how the console notices another process's writes within a second (DESIGN.md):
/// it must move when the file is written and stay put when it is not, however busy the store's readers are.
@Suite("The store's data version")
struct DataVersionTests {
    @Test("a write by another store on the same file changes the version; reads without writes do not")
    func writesMoveItReadsDoNot() throws {
        let t = try TestStore()
        let other = try MerchantStore.open(at: t.store.path)
        let before = try t.store.dataVersion()
        for _ in 0..<5 { #expect(try t.store.dataVersion() == before) }
        _ = try t.store.orders()  // reading the store is not writing it
        #expect(try t.store.dataVersion() == before)

        try other.setSetting(.importPending, to: "on", actor: "script", at: Fx.t(2))
        let after = try t.store.dataVersion()
        #expect(after != before)
        for _ in 0..<5 { #expect(try t.store.dataVersion() == after) }

        try other.ingest([Fx.order("302-0000001-0000001", .unshipped)], watermark: nil, at: Fx.t(3))
        #expect(try t.store.dataVersion() != after)
    }

    @Test("the version read while the pool's reader is busy is the same one: it comes from one fixed connection")
    func oneConnectionNotWhicheverReaderIsFree() throws {
        let t = try TestStore()
        let other = try MerchantStore.open(at: t.store.path)
        _ = try t.store.dataVersion()
        // Writes from elsewhere move a connection's own counter; a reader opened later starts its own.
        try other.setSetting(.importPending, to: "on", actor: "script", at: Fx.t(2))
        try other.setSetting(.importPending, to: "off", actor: "script", at: Fx.t(3))
        let store = t.store
        let version = try store.dataVersion()
        try store.pool.read { _ in
            // With the first reader held here, a version read on another thread cannot use it.
            let busy = try onAnotherThread { try store.dataVersion() }
            #expect(busy == version)
        }
        #expect(try t.store.dataVersion() == version)
    }

    /// Runs `work` on a thread of its own and waits for it.
    func onAnotherThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) throws -> T {
        let result = Mutex<Result<T, any Error>?>(nil)
        let done = DispatchSemaphore(value: 0)
        Thread {
            let r = Result { try work() }
            result.withLock { $0 = r }
            done.signal()
        }.start()
        done.wait()
        return try result.withLock { $0! }.get()
    }
}
