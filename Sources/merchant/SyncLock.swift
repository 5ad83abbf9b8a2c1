import Foundation
import MerchantCore

/// The data folder's `sync.lock`: held (flock) by the `merchant sync` that runs, and holding what it is doing,
/// so that a second one says so instead of waiting silently behind it.
///
///     let lock = try SyncLock.take(home: home, command: "merchant sync --watch")   // refuses when one runs
///     lock.note("reading orders")
///
/// The operating system lets go of a dead process's lock, so a lock left by a crash is taken over at once;
/// what it still says is overwritten.
final class SyncLock: @unchecked Sendable {
    static let fileName = "sync.lock"
    private let fd: Int32
    private let head: String
    private let lock = NSLock()
    private var last = ""

    private init(fd: Int32, head: String) {
        self.fd = fd
        self.head = head
    }

    static func take(home: Home, command: String, now: Date = Date()) throws -> SyncLock {
        let path = home.url.appendingPathComponent(fileName).path
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Refusal(tr("commands.sync-lock.cannot-open", path, String(cString: strerror(errno)))) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let said = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
            close(fd)
            throw Refusal(Self.busy(said))
        }
        let time = ISO8601DateFormatter().string(from: now)
        let lock = SyncLock(fd: fd, head: "pid \(getpid()), \(command), since \(time)")
        lock.note("starting")
        return lock
    }

    /// What the running sync is doing, for the next one to read; written only when it changed.
    func note(_ activity: String) {
        lock.lock()
        defer { lock.unlock() }
        guard activity != last else { return }
        last = activity
        let text = Array("\(head)\n\(activity)\n".utf8)
        _ = ftruncate(fd, 0)
        _ = text.withUnsafeBufferPointer { pwrite(fd, $0.baseAddress, $0.count, 0) }
    }

    func release() {
        _ = ftruncate(fd, 0)
        close(fd)
    }

    /// "another sync is running (pid 4242, merchant sync --watch, since …): waiting: Amazon allows …".
    static func busy(_ said: String) -> String {
        let lines = said.split(separator: "\n").map(String.init)
        guard let who = lines.first else { return tr("commands.sync-lock.busy") }
        let what = lines.count > 1 ? ": \(lines[1])" : ""
        return tr("commands.sync-lock.busy-who", who, what)
    }
}
