import Foundation
import GRDB
import Synchronization

/// Copies the write-ahead log back into the store's file on a connection and a thread of its own.
///
/// SQLite's default has the writer do it every 1,000 logged pages, and a checkpoint waits for the disk
/// (fsync) twice. A page of a hundred orders logs more than a thousand pages at a million orders (each
/// order touches index pages keyed by order id all over the file), so a catch-up sync stopped to wait
/// for the disk after nearly every transaction: a quarter of its time. Here the writer goes on while
/// another thread waits. A passive checkpoint never blocks the writer or a reader, and what it does not
/// finish the next one does.
final class Checkpointer: Sendable {
    /// The writer checkpoints by itself only past this many logged pages (64 MB): when the thread here
    /// cannot keep up, or no one asks it to.
    static let writerLimitPages = 16_384

    private let path: String
    private let queue = DispatchQueue(label: "merchant.store.checkpoint", qos: .utility)
    private let state = Mutex(State())

    private struct State {
        var connection: DatabaseQueue?
        var running = false
        var again = false
    }

    init(path: String) { self.path = path }

    /// Asks for a checkpoint soon; returns at once. Asks made while one runs make one more after it.
    func nudge() {
        let start = state.withLock { s in
            if s.running { s.again = true; return false }
            s.running = true
            return true
        }
        if start { queue.async { self.run() } }
    }

    /// Waits for a checkpoint under way and closes this connection, so that the store's own connections
    /// close last: the last one to close copies the rest of the log into the file and deletes it.
    func close() {
        queue.sync {}
        state.withLock { $0.connection = nil }
    }

    private func run() {
        while true {
            checkpointOnce()
            let more = state.withLock { s in
                if s.again { s.again = false; return true }
                s.running = false
                return false
            }
            if !more { return }
        }
    }

    private func checkpointOnce() {
        do {
            let connection = try state.withLock { s in
                if let c = s.connection { return c }
                // Its own connection, opened when first needed: the console's first frame does not wait for it.
                var config = Configuration()
                config.busyMode = .timeout(1)
                let c = try DatabaseQueue(path: path, configuration: config)
                s.connection = c
                return c
            }
            try connection.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
        } catch {
            // Nothing is lost: the log keeps every page, and the writer checkpoints past its own limit.
        }
    }
}
