import Foundation
import MerchantTestSupport
import Testing

/// `merchant connect` against `merchant sim serve` with Login with Amazon switched on: credentials checked
/// before anything is saved, kept in one file of their own, and found nowhere else.
@Suite("Connecting a real account", .serialized, .ownThread)
struct ConnectCommandTests {
    static let clientId = "amzn1.application-oa2-client.e2e0123456789"
    static let secret = "e2e-client-secret-0f9d8c7b6a"
    static let refresh = "Atzr|e2e-refresh-token-1a2b3c4d5e"

    @Test("connect → sync → ship through sim serve; a wrong refresh token or secret changes nothing; secrets only in their 0600 file")
    func connectSyncShip() throws {
        // R28, R29, R30
        let amazon = MerchantBinary()
        let shop = MerchantBinary()
        try amazon.ok("sim", "throttling", "on")
        let (server, endpoint) = try Self.serve(amazon.home)
        defer { kill(server.processIdentifier, SIGTERM); server.waitUntilExit() }
        var outputs = ""
        func run(_ arguments: [String], env: [String: String] = [:]) throws -> MerchantBinary.Result {
            let result = try Self.run(shop, arguments, env: env)
            outputs += result.stdout + result.stderr
            return result
        }
        let connect = ["connect", "--region", "eu", "--seller-id", "A2DEMOSELLER01", "--endpoint", endpoint]
        let good = ["LWA_CLIENT_ID": Self.clientId, "LWA_CLIENT_SECRET": Self.secret, "SP_API_REFRESH_TOKEN": Self.refresh]

        // A wrong refresh token: refused in plain words, and not even the data folder is made.
        var wrong = good
        wrong["SP_API_REFRESH_TOKEN"] = "Atzr|not-the-right-one-9876"
        let refused = try run(connect, env: wrong)
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("refresh token") && refused.stderr.contains("invalid_grant") && refused.stderr.contains("Nothing was saved"))
        #expect(!refused.stderr.contains("not-the-right-one"))
        #expect(!FileManager.default.fileExists(atPath: shop.home.path))

        let connected = try run(connect, env: good)
        #expect(connected.status == 0, "\(connected.stderr)")
        #expect(connected.stdout.contains("A2DEMOSELLER01") && connected.stdout.contains("Amazon.de") && connected.stdout.contains("Amazon.co.jp"))
        let credentials = shop.home.appendingPathComponent("lwa-credentials.json").path
        #expect(try Self.mode(shop.home.path) == 0o700)
        #expect(try Self.mode(credentials) == 0o600)
        #expect(try Self.mode(shop.home.appendingPathComponent("amazon-connection.json").path) == 0o600)

        // A wrong secret on a connected folder: refused, and every file is as it was.
        let before = try Self.files(shop.home)
        var badSecret = good
        badSecret["LWA_CLIENT_SECRET"] = "wrong-secret-abcdef"
        let refusedAgain = try run(connect, env: badSecret)
        #expect(refusedAgain.status != 0)
        #expect(refusedAgain.stderr.contains("client secret") && refusedAgain.stderr.contains("invalid_client"))
        #expect(try Self.files(shop.home) == before)

        let shown = try run(["connect", "--show"])
        #expect(shown.stdout.contains(endpoint) && shown.stdout.contains("Amazon.de") && shown.stdout.contains("Europe"))
        let settings = try run(["settings", "show"])
        #expect(settings.stdout.contains("Amazon.co.uk"))

        // The console's everyday work, through the connection (no --endpoint): sync, ship, sync.
        let id = try amazon.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines)
        let firstSync = try run(["sync"])
        #expect(firstSync.status == 0, "\(firstSync.stderr)")
        let shipped = try run(["ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127"])
        #expect(shipped.status == 0, "\(shipped.stderr)")
        // The connection's credentials win over a bare token in the environment.
        let secondSync = try run(["sync"], env: ["SPAPI_ACCESS_TOKEN": "Atza|a-bare-token-not-used"])
        #expect(secondSync.status == 0, "\(secondSync.stderr)")
        let atAmazon = try #require(try amazon.json("sim", "order", id, "--json") as? [String: Any])
        #expect(atAmazon["status"] as? String == "SHIPPED")
        #expect((atAmazon["packages"] as? [Any])?.count == 1)
        _ = try run(["activity"])

        // The secrets, and any access token, are in the credentials file and nowhere else.
        let secrets = [Self.secret, Self.refresh, "Atza|"]
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: credentials)), as: UTF8.self).contains(Self.refresh))
        for (path, data) in try Self.files(shop.home) where path != credentials {
            let text = String(decoding: data, as: UTF8.self)
            for secret in secrets { #expect(!text.contains(secret), "\(secret.prefix(6))… found in \(path)") }
        }
        for secret in secrets { #expect(!outputs.contains(secret), "\(secret.prefix(6))… found in the commands' output") }

        // Back to the simulator: the credentials go.
        let back = try run(["connect", "--simulator"])
        #expect(back.status == 0, "\(back.stderr)")
        #expect(!FileManager.default.fileExists(atPath: credentials))
        #expect(try run(["connect", "--show"]).stdout.contains("built-in simulated Amazon"))
    }

    @Test("a connect without credentials in a script asks for them, gets none, and changes nothing")
    func noCredentials() throws {
        let shop = MerchantBinary()
        let result = try Self.run(shop, ["connect", "--region", "eu", "--seller-id", "A2DEMOSELLER01"], env: [:])
        #expect(result.status != 0)
        #expect(result.stderr.contains("LWA_CLIENT_ID"))
        #expect(!FileManager.default.fileExists(atPath: shop.home.path))
        let badSeller = try Self.run(shop, ["connect", "--region", "eu", "--seller-id", "my shop"], env: [:])
        #expect(badSeller.status != 0 && badSeller.stderr.contains("Merchant Token"))
        let badRegion = try Self.run(shop, ["connect", "--region", "mars", "--seller-id", "A2DEMOSELLER01"], env: [:])
        #expect(badRegion.status != 0 && badRegion.stderr.contains("eu, na or fe"))
    }

    /// `merchant sim serve` with Login with Amazon on, in the background; returns it and its endpoint.
    static func serve(_ home: URL) throws -> (Child, String) {
        try MerchantBinary.serve(home: home, ["--lwa-client-id", clientId, "--lwa-client-secret", secret,
                                              "--lwa-refresh-token", refresh, "--token-lifetime", "3600"])
    }

    /// The binary on `shop` with `env` in place of any LWA variables of the test's own environment.
    static func run(_ shop: MerchantBinary, _ arguments: [String], env: [String: String]) throws -> MerchantBinary.Result {
        var environment: [String: String?] = [:]
        for name in ["LWA_CLIENT_ID", "LWA_CLIENT_SECRET", "SP_API_REFRESH_TOKEN", "SPAPI_ACCESS_TOKEN", "MERCHANT_HOME"] { environment[name] = .some(nil) }
        for (name, value) in env { environment[name] = value }
        return try shop.run(arguments, environment: environment)
    }

    static func mode(_ path: String) throws -> Int {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Every regular file under `folder`, by path, with its bytes.
    static func files(_ folder: URL) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        while let url = enumerator?.nextObject() as? URL {
            guard try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true else { continue }
            result[url.path] = try Data(contentsOf: url)
        }
        return result
    }
}
