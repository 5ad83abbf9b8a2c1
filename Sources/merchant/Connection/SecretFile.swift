import Foundation
import MerchantCore
#if canImport(Glibc)
import Glibc
#endif

/// Files that hold secrets: written whole or not at all, readable by the merchant alone (0600) from the
/// first byte, and read only when nobody else can read them.
enum SecretFile {
    /// Writes `data` to `path` through a temporary file created 0600 and renamed over it.
    static func write(_ data: Data, to path: String) throws {
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_EXCL, 0o600)
        guard fd >= 0 else { throw Refusal(tr("commands.file.unwritable", path, String(cString: strerror(errno)))) }
        let written = data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        let synced = fsync(fd) == 0
        close(fd)
        guard written == data.count, synced, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Refusal(tr("commands.file.unwritable", path, String(cString: strerror(errno))))
        }
        chmod(path, 0o600)
    }

    /// The content of `path`, nil when there is no such file; refused when others may read it.
    static func read(_ path: String, what: String) throws -> Data? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        guard info.st_mode & S_IFMT == S_IFREG else { throw Refusal(tr("commands.secret-file.not-a-file", path)) }
        guard info.st_mode & 0o077 == 0 else {
            throw Refusal(tr("commands.secret-file.readable", what, path, String(info.st_mode & 0o777, radix: 8)))
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw Refusal(tr("commands.secret-file.unreadable", what, path)) }
        return data
    }

    static func remove(_ path: String) { unlink(path) }
}
