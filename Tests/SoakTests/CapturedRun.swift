import Foundation
import MerchantTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A `merchant` child whose output goes to files, so that what a killed command had printed (and so told the
/// merchant) can be read after the kill.
final class CapturedRun {
    let process: Child
    private let out: URL, err: URL

    init(_ shop: ShopFolder, _ arguments: [String]) throws {
        let base = Temporary.url("merchant-run")
        out = base.appendingPathExtension("out")
        err = base.appendingPathExtension("err")
        process = try Spawn.start(MerchantBinary.executable.path, ["--home", shop.home.path] + arguments, output: out.path, errors: err.path)
    }

    deinit {
        try? FileManager.default.removeItem(at: out)
        try? FileManager.default.removeItem(at: err)
    }

    /// Whether the command held the store's write lock when it was killed: it was inside a write transaction.
    private(set) var killedInWriteTransaction = false

    /// Waits for the command to end, or kills it `after` seconds from its start (nil: never). The kill stops the
    /// command first (SIGSTOP), notes whether it holds the write lock of the WAL file `shm` (SQLite's WAL_WRITE_LOCK,
    /// byte 120 of the shared memory file, in /proc/locks), then SIGKILLs it.
    func wait(killingAfter after: Double?, shm: String) {
        if let after {
            while process.isRunning && Date().timeIntervalSince(launched) < after { usleep(200) }
            let pid = process.processIdentifier
            if process.isRunning && kill(pid, SIGSTOP) == 0 {
                let stopping = Date()
                while Date().timeIntervalSince(stopping) < 0.005 && !Self.procText("/proc/\(pid)/stat").contains(") T ") { usleep(50) }
                killedInWriteTransaction = Self.holdsWriteLock(pid: pid, shm: shm)
            }
            kill(pid, SIGKILL)
        }
        process.waitUntilExit()
    }

    private let launched = Date()

    static func holdsWriteLock(pid: Int32, shm: String) -> Bool {
        var info = stat()
        guard stat(shm, &info) == 0 else { return false }
        // "1: POSIX  ADVISORY  WRITE 10979 fe:00:16417687 120 120": pid, device:inode, first and last byte.
        return procText("/proc/locks").split(separator: "\n").contains { line in
            let f = line.split(separator: " ")
            return f.count >= 8 && f[1] == "POSIX" && f[3] == "WRITE" && Int32(f[4]) == pid
                && f[5].split(separator: ":").last.flatMap { UInt64($0) } == UInt64(info.st_ino) && f[6] == "120"
        }
    }

    /// A file of /proc, read to its end (its size is 0 to stat).
    static func procText(_ path: String) -> String {
        guard let file = fopen(path, "r") else { return "" }
        defer { fclose(file) }
        var data = [UInt8](), buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buffer, 1, buffer.count, file)
            if n <= 0 { break }
            data += buffer[0..<n]
        }
        return String(decoding: data, as: UTF8.self)
    }

    var killedBySignal: Bool { process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGKILL }
    var status: Int32 { process.terminationStatus }
    var stdout: String { (try? String(contentsOf: out, encoding: .utf8)) ?? "" }
    var stderr: String { (try? String(contentsOf: err, encoding: .utf8)) ?? "" }
}
