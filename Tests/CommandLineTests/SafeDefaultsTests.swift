import Foundation
import MerchantTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Safe by default: the secret stays secret, the simulator listens on loopback only, a damaged store is
/// named and left alone, an old store is copied before it is migrated.
@Suite("Safe by default", .serialized, .ownThread)
struct SafeDefaultsTests {
    static let token = "Atza|SECRET-TOKEN-\(UUID().uuidString)"

    /// Runs merchant with extra environment, output in files.
    func run(_ shop: ShopFolder, _ arguments: [String], environment: [String: String] = [:]) throws -> MerchantBinary.Result {
        try Spawn.run(MerchantBinary.executable.path, ["--home", shop.home.path] + arguments,
                      environment: ProcessInfo.processInfo.environment.merging(environment) { $1 })
    }

    /// Every byte of every file in the data folder.
    func folderBytes(_ shop: ShopFolder) throws -> Data {
        var all = Data()
        for name in try FileManager.default.contentsOfDirectory(atPath: shop.home.path) {
            all += (try? Data(contentsOf: shop.home.appendingPathComponent(name))) ?? Data()
        }
        return all
    }

    @Test("an access token from the environment or a 0600 file is never printed, logged or stored; a token file others can read is refused")
    func tokenNeverShown() throws {
        let shop = ShopFolder()
        defer { shop.remove() }
        let env = ["SPAPI_ACCESS_TOKEN": Self.token]
        var outputs: [String] = []
        func ok(_ arguments: String..., environment: [String: String] = env) throws {
            let result = try run(shop, arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            outputs += [result.stdout, result.stderr]
        }
        try ok("sim", "throttling", "off")
        try ok("sim", "advance", "--minutes", "90", "--seed", "7")
        try ok("sync", "--unthrottled")
        // Over HTTP the token goes on the wire, to `sim serve`; nowhere else.
        let (server, endpoint) = try shop.startServer()
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        try ok("sync", "--unthrottled", "--endpoint", endpoint)
        for command in [["orders"], ["orders", "--json"], ["activity"], ["activity", "--json"], ["outbox", "--json"], ["settings", "show"],
                        ["settings", "show", "--json"], ["overview"], ["catalog"], ["refunds"], ["--help"], ["sync", "--help"]] {
            let result = try run(shop, command, environment: env)
            outputs += [result.stdout, result.stderr]
        }

        // The token file: refused while group or others can read it, used once it is 0600.
        let file = shop.home.appendingPathComponent("spapi-access-token").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data((Self.token + "\n").utf8), attributes: [.posixPermissions: 0o644]))
        let open = try run(shop, ["sync", "--unthrottled"], environment: ["SPAPI_ACCESS_TOKEN": ""])
        #expect(open.status != 0)
        #expect(open.stderr.contains("can be read by other users") && open.stderr.contains("chmod 600"), "\(open.stderr)")
        outputs += [open.stdout, open.stderr]
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: file)
        try ok("sync", "--unthrottled", "--endpoint", endpoint, environment: ["SPAPI_ACCESS_TOKEN": ""])

        for text in outputs { #expect(!text.contains(Self.token) && !text.contains("SECRET-TOKEN"), "printed: \(text.prefix(300))") }
        // Nor in the store, the simulator's file, their logs: only in the file the merchant wrote it to.
        try FileManager.default.removeItem(atPath: file)
        let bytes = try folderBytes(shop)
        #expect(bytes.range(of: Data("SECRET-TOKEN".utf8)) == nil)
        #expect(try shop.sql(shop.storePath, "SELECT count(*) FROM activity WHERE message LIKE '%SECRET-TOKEN%'").first?.first == "0")
    }

    @Test("sim serve listens on 127.0.0.1 only")
    func serverOnLoopback() throws {
        let shop = ShopFolder()
        defer { shop.remove() }
        try shop.ok("settings", "show")
        let (server, endpoint) = try shop.startServer()
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        let port = try #require(Int(endpoint.split(separator: ":").last ?? ""))
        // The kernel's own table of listening sockets (state 0A): the port is bound to 127.0.0.1 and nothing else.
        var listening: [String] = []
        for table in ["/proc/net/tcp", "/proc/net/tcp6"] {
            let text = (try? String(contentsOfFile: table, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n").dropFirst() {
                let fields = line.split(separator: " ")
                guard fields.count > 3, fields[3] == "0A" else { continue }
                let local = fields[1].split(separator: ":")
                if local.count == 2, Int(local[1], radix: 16) == port { listening.append(String(local[0])) }
            }
        }
        #expect(listening == ["0100007F"], "listening on \(listening)")
        try shop.ok("sync", "--unthrottled", "--endpoint", endpoint)
    }

    @Test("a damaged store is named at start with what to do, exits non-zero, and is left untouched")
    func damagedStore() throws {
        let shop = ShopFolder()
        defer { shop.remove() }
        try shop.ok("settings", "show")
        var garbage = Data("this is not a merchant store\n".utf8)
        for i in 0..<8_000 { garbage.append(UInt8(truncatingIfNeeded: i &* 2_654_435_761 >> 7)) }
        try garbage.write(to: URL(fileURLWithPath: shop.storePath))
        for command in [["orders"], ["sync"], ["ship", "302-0000000-0000000", "--carrier", "UPS", "--tracking", "1Z5R89390357567127"], ["settings", "set", "import-pending", "on"]] {
            let result = try shop.run(command)
            #expect(result.status != 0)
            #expect(result.stderr.contains("is damaged or not a merchant store") && result.stderr.contains("restore a backup"), "\(result.stderr)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: shop.storePath)) == garbage)
            #expect(!FileManager.default.fileExists(atPath: shop.storePath + "-wal"))
        }
    }

    @Test("an old store is copied before the current merchant migrates it; the copy is private and whole")
    func backupBeforeMigrationEndToEnd() throws {
        let shop = ShopFolder()
        defer { shop.remove() }
        try shop.ok("settings", "set", "import-pending", "on")
        // Back to how a merchant of version 3 left it: the v4 migration undone (FBA stock table and record).
        _ = try shop.sql(shop.storePath, "DROP TABLE IF EXISTS fbaStock; DELETE FROM grdb_migrations WHERE identifier LIKE 'v4%'")
        let tables = try shop.sql(shop.storePath, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { $0[0] }
        let settings = try shop.sql(shop.storePath, "SELECT * FROM setting ORDER BY key")
        #expect(settings.count > 3)
        let result = try shop.run(["settings", "show", "--json"])
        #expect(result.status == 0, "\(result.stderr)")
        let backup = shop.storePath + ".before-v4.bak"
        #expect(FileManager.default.fileExists(atPath: backup))
        #expect((try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int) == 0o600)
        #expect(try shop.integrity(backup) == "ok")
        #expect(try shop.sql(backup, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map { $0[0] } == tables)
        #expect(try shop.sql(backup, "SELECT * FROM setting ORDER BY key") == settings)
        #expect(try shop.sql(shop.storePath, "SELECT count(*) FROM grdb_migrations WHERE identifier LIKE 'v4%'").first?.first == "1")
    }
}
