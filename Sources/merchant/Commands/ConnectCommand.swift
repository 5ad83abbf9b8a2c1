import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// `merchant connect`: a real seller account through Login with Amazon, checked before anything is saved.
struct ConnectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "connect",
        abstract: "Connect a real Amazon seller account (Login with Amazon), show the connection, or go back to the simulator.",
        discussion: """
            The application's LWA client id and client secret and the seller's refresh token come from
            LWA_CLIENT_ID, LWA_CLIENT_SECRET and SP_API_REFRESH_TOKEN, else they are asked for (not shown as typed).
            They are checked with Amazon at once and kept in the data folder, readable by you alone.
            """)

    @Option(help: "The account's region: eu, na or fe.") var region: String?
    @Option(name: .customLong("seller-id"), help: "The merchant token: Seller Central → Settings → Account Info → Merchant Token.")
    var sellerId: String?
    @Option(help: "Another SP-API endpoint than the region's (a sandbox, `merchant sim serve`).") var endpoint: String?
    @Option(name: .customLong("token-endpoint"), help: "Another Login with Amazon token endpoint than Amazon's.") var tokenEndpoint: String?
    @Flag(help: "Go back to the built-in simulated Amazon; the account's credentials are removed.") var simulator = false
    @Flag(help: "Show the connection: account, region, endpoints, marketplaces (never a secret).") var show = false

    func run() async throws {
        if show { return try Self.printConnection(try Context.open()) }
        if simulator { return try disconnect() }
        try await connect()
    }

    /// Checks the credentials with Amazon first; only then opens the data folder and saves. A refusal changes nothing.
    private func connect() async throws {
        guard let regionName = region else { throw Refusal("say which region the account is in: --region eu, na or fe") }
        guard let region = Region(name: regionName) else { throw Refusal("\"\(regionName)\" is not a region: use eu, na or fe") }
        guard let sellerId else {
            throw Refusal("say which seller: --seller-id MERCHANT_TOKEN (Seller Central → Settings → Account Info → Merchant Token)")
        }
        guard sellerId.count >= 6, sellerId.count <= 32, sellerId.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
            throw Refusal("\"\(sellerId)\" is not a merchant token: it is a word of capital letters and digits like A2DEMOSELLER01, found in Seller Central → Settings → Account Info → Merchant Token")
        }
        let endpointURL = try endpoint.map { try Self.url($0, what: "--endpoint") } ?? region.endpoint
        let tokenURL = try tokenEndpoint.map { try Self.url($0, what: "--token-endpoint") } ?? Self.defaultTokenEndpoint(for: endpointURL)
        let credentials = try CredentialInput.read()

        let participations: [MarketplaceParticipation]
        do {
            let tokens = LWATokenSource(credentials: credentials, tokenEndpoint: tokenURL, transport: URLSessionTransport(baseURL: tokenURL))
            let client = SellingPartnerClient(transport: URLSessionTransport(baseURL: endpointURL), tokens: tokens,
                                              backoff: BackoffPolicy(base: 1, cap: 10, maxAttempts: 3))
            participations = try await client.getMarketplaceParticipations()
        } catch {
            throw Refusal("the account was not connected: \(Redaction.redact(String(describing: error), hiding: credentials.secrets)) Nothing was saved.")
        }
        let taking = participations.filter(\.participation.isParticipating)
        guard !taking.isEmpty else {
            throw Refusal("Amazon says this account takes part in no marketplace, so there is nothing to sync. Nothing was saved.")
        }

        let context = try Context.open()
        let now = context.now
        let marketplaceIds = taking.map(\.marketplace.id)
        do {
            try context.store.connectAccount(sellerId: sellerId, marketplaceIds: marketplaceIds, actor: "cli", at: now)
        } catch let error as ConnectionError {
            throw Refusal("\(error). Nothing was saved.")
        }
        try LWACredentialsFile.save(credentials, home: context.home)
        let connection = AmazonConnection(
            region: region, endpoint: endpointURL.absoluteString, tokenEndpoint: tokenURL.absoluteString, sellerId: sellerId,
            marketplaces: taking.map { .init(id: $0.marketplace.id, name: $0.marketplace.name, countryCode: $0.marketplace.countryCode, storeName: $0.storeName) },
            connectedAt: now)
        try connection.save(home: context.home)
        print("Connected seller \(sellerId) (\(region.title)) in \(taking.map(\.marketplace.name).joined(separator: ", ")).")
        print("The credentials are kept in \(LWACredentialsFile.path(context.home)), readable by you alone. The next sync reads the account's orders.")
    }

    private func disconnect() throws {
        let context = try Context.open()
        let demo = try DemoCatalog.load()
        do {
            try context.store.connectAccount(sellerId: demo.sellerId, marketplaceIds: demo.marketplaceIds, actor: "cli", at: context.now)
        } catch let error as ConnectionError {
            throw Refusal("\(error). Nothing was changed.")
        }
        SecretFile.remove(LWACredentialsFile.path(context.home))
        SecretFile.remove(AmazonConnection.path(context.home))
        print("merchant syncs with the built-in simulated Amazon again (seller \(demo.sellerId)); the real account's credentials were removed.")
    }

    static func printConnection(_ context: Context) throws {
        let settings = try context.store.settings()
        let marketplaces = settings.marketplaceIds.map { "\(Marketplace.named($0).name) (\($0))" }.joined(separator: ", ")
        guard let connection = try AmazonConnection.load(home: context.home) else {
            print("Amazon:           the built-in simulated Amazon")
            print("Seller account:   \(settings.sellerId)")
            print("Marketplaces:     \(marketplaces)")
            print("Connect a real account with: merchant connect --region eu|na|fe --seller-id MERCHANT_TOKEN")
            return
        }
        let stores = Set(connection.marketplaces.map(\.storeName)).sorted().joined(separator: ", ")
        print("Seller account:   \(connection.sellerId)\(stores.isEmpty ? "" : " (\(stores))")")
        print("Region:           \(connection.region.title) (\(connection.region.rawValue), AWS \(connection.region.awsRegion))")
        print("SP-API endpoint:  \(connection.endpoint)")
        print("Token endpoint:   \(connection.tokenEndpoint)")
        print("Marketplaces:     \(marketplaces)")
        print("Connected:        \(OrderDetailText.format(connection.connectedAt))")
        let kept = FileManager.default.fileExists(atPath: LWACredentialsFile.path(context.home))
        print("Credentials:      \(kept ? "kept in \(LWACredentialsFile.path(context.home)), readable by you alone (never shown)" : "missing: run merchant connect again")")
    }

    static func url(_ text: String, what: String) throws -> URL {
        guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
            throw Refusal("\(what) \"\(text)\" is not a URL: write it like https://sellingpartnerapi-eu.amazon.com or http://127.0.0.1:8080")
        }
        return url
    }

    /// Amazon's token endpoint, except for an endpoint on this machine (`merchant sim serve`), which issues its own tokens.
    static func defaultTokenEndpoint(for endpoint: URL) -> URL {
        if ["127.0.0.1", "localhost", "::1"].contains(endpoint.host ?? "") {
            var base = endpoint.absoluteString
            while base.hasSuffix("/") { base.removeLast() }
            return URL(string: base + "/auth/o2/token")!
        }
        return Region.tokenEndpoint
    }
}
