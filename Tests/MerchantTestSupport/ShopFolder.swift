import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A data folder the built `merchant` runs on, which (unlike `MerchantBinary`) can be copied, can run
/// a command in the background to be killed, and can be read with `sqlite3` as it lies on disk.
public struct ShopFolder: Sendable {
    public let home: URL

    public init(home: URL = Temporary.url("merchant-e2e")) {
        self.home = home
    }

    public var storePath: String { home.appendingPathComponent("merchant.sqlite").path }
    public var simulatorPath: String { home.appendingPathComponent("amazon-simulator.sqlite").path }

    /// Runs a command that must succeed, and returns what it printed.
    @discardableResult
    public func ok(_ arguments: String...) throws -> String { try ok(arguments) }

    @discardableResult
    public func ok(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else { throw E2EError("merchant \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.stderr)") }
        return result.stdout
    }

    public func run(_ arguments: [String]) throws -> MerchantBinary.Result {
        try Self.run(MerchantBinary.executable, ["--home", home.path] + arguments)
    }

    /// Parses what a `--json` command printed.
    public func json(_ arguments: String...) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(try ok(arguments).utf8))
    }

    /// Starts `merchant ARGUMENTS` and returns at once; its output goes nowhere.
    public func start(_ arguments: [String]) throws -> Child {
        try Spawn.start(MerchantBinary.executable.path, ["--home", home.path] + arguments)
    }

    /// A query of `sqlite3` on one of the folder's files, one row a line, columns split by `|`. It waits for a
    /// writer that holds the file (a command being killed may be recovering the WAL) as `merchant` itself does.
    public func sql(_ path: String, _ query: String) throws -> [[String]] {
        let result = try Self.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), ["-cmd", ".timeout 10000", path, query])
        guard result.status == 0 else { throw E2EError("sqlite3 \(query) failed: \(result.stderr)") }
        return result.stdout.split(separator: "\n").map { $0.split(separator: "|", omittingEmptySubsequences: false).map(String.init) }
    }

    /// The store as `sqlite3 .dump` prints it: equal dumps before and after a refused command show it changed nothing.
    public func dump() throws -> String {
        let result = try Self.run(URL(fileURLWithPath: "/usr/bin/sqlite3"), [storePath, ".dump"])
        guard result.status == 0 else { throw E2EError("sqlite3 .dump failed: \(result.stderr)") }
        return result.stdout
    }

    /// `PRAGMA integrity_check` of a file, "ok" when whole.
    public func integrity(_ path: String) throws -> String {
        try sql(path, "PRAGMA integrity_check").map { $0.joined(separator: "|") }.joined(separator: "\n")
    }

    /// A copy of the folder (after the last writer has ended), to try something on without touching this one.
    public func copy() throws -> ShopFolder {
        let copy = ShopFolder()
        try FileManager.default.copyItem(at: home, to: copy.home)
        return copy
    }

    public func remove() { try? FileManager.default.removeItem(at: home) }

    /// `merchant sim serve --port 0` in the background; returns it and its endpoint.
    public func startServer() throws -> (Child, String) { try MerchantBinary.serve(home: home) }

    public static func run(_ executable: URL, _ arguments: [String]) throws -> MerchantBinary.Result {
        try Spawn.run(executable.path, arguments)
    }
}
