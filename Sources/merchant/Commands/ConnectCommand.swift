import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// `merchant connect`: a real seller account through Login with Amazon, checked before anything is saved.
struct ConnectCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "connect", abstract: tr("help.connect.abstract"), discussion: tr("help.connect.discussion"))
    }

    @Option(help: ArgumentHelp(tr("help.connect.region"))) var region: String?
    @Option(name: .customLong("seller-id"), help: ArgumentHelp(tr("help.connect.seller-id")))
    var sellerId: String?
    @Option(help: ArgumentHelp(tr("help.connect.endpoint"))) var endpoint: String?
    @Option(name: .customLong("token-endpoint"), help: ArgumentHelp(tr("help.connect.token-endpoint"))) var tokenEndpoint: String?
    @Flag(help: ArgumentHelp(tr("help.connect.simulator"))) var simulator = false
    @Flag(help: ArgumentHelp(tr("help.connect.show"))) var show = false

    func run() async throws {
        if show { return try Self.printConnection(try Context.open()) }
        if simulator { return try disconnect() }
        try await connect()
    }

    /// Checks the credentials with Amazon first; only then opens the data folder and saves. A refusal changes nothing.
    private func connect() async throws {
        guard let regionName = region else { throw Refusal(tr("commands.connect.which-region")) }
        guard let region = Region(name: regionName) else { throw Refusal(tr("commands.connect.not-a-region", regionName)) }
        guard let sellerId else {
            throw Refusal(tr("commands.connect.which-seller"))
        }
        guard sellerId.count >= 6, sellerId.count <= 32, sellerId.unicodeScalars.allSatisfy({ ("A"..."Z").contains($0) || ("0"..."9").contains($0) }) else {
            throw Refusal(tr("commands.connect.not-a-token", sellerId))
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
            throw Refusal(tr("commands.connect.failed", Redaction.redact(String(describing: error), hiding: credentials.secrets)))
        }
        let taking = participations.filter(\.participation.isParticipating)
        guard !taking.isEmpty else {
            throw Refusal(tr("commands.connect.no-marketplace"))
        }

        let context = try Context.open()
        let now = context.now
        let marketplaceIds = taking.map(\.marketplace.id)
        do {
            try context.store.connectAccount(sellerId: sellerId, marketplaceIds: marketplaceIds, actor: "cli", at: now)
        } catch let error as ConnectionError {
            throw Refusal(tr("commands.connect.nothing-saved", "\(error)"))
        }
        try LWACredentialsFile.save(credentials, home: context.home)
        let connection = AmazonConnection(
            region: region, endpoint: endpointURL.absoluteString, tokenEndpoint: tokenURL.absoluteString, sellerId: sellerId,
            marketplaces: taking.map { .init(id: $0.marketplace.id, name: $0.marketplace.name, countryCode: $0.marketplace.countryCode, storeName: $0.storeName) },
            connectedAt: now)
        try connection.save(home: context.home)
        print(tr("commands.connect.connected", sellerId, region.title, taking.map(\.marketplace.name).joined(separator: ", ")))
        print(tr("commands.connect.kept", LWACredentialsFile.path(context.home)))
    }

    private func disconnect() throws {
        let context = try Context.open()
        let demo = try DemoCatalog.load()
        do {
            try context.store.connectAccount(sellerId: demo.sellerId, marketplaceIds: demo.marketplaceIds, actor: "cli", at: context.now)
        } catch let error as ConnectionError {
            throw Refusal(tr("commands.nothing-changed", "\(error)"))
        }
        SecretFile.remove(LWACredentialsFile.path(context.home))
        SecretFile.remove(AmazonConnection.path(context.home))
        print(tr("commands.connect.simulator-again", demo.sellerId))
    }

    static func printConnection(_ context: Context) throws {
        let settings = try context.store.settings()
        let marketplaces = settings.marketplaceIds.map { "\(Marketplace.named($0).name) (\($0))" }.joined(separator: ", ")
        // One column for the labels of both answers, as wide as the language's widest label.
        let label = Labels(["Amazon:", tr("commands.settings.seller"), tr("commands.settings.marketplaces"), tr("commands.connect.region"),
                            tr("commands.connect.endpoint"), tr("commands.connect.token-endpoint"), tr("commands.connect.connected-at"),
                            tr("commands.connect.credentials")])
        guard let connection = try AmazonConnection.load(home: context.home) else {
            print(label[0] + tr("commands.connect.simulated"))
            print(label[1] + settings.sellerId)
            print(label[2] + marketplaces)
            print(tr("commands.connect.how"))
            return
        }
        let stores = Set(connection.marketplaces.map(\.storeName)).sorted().joined(separator: ", ")
        print(label[1] + connection.sellerId + (stores.isEmpty ? "" : " (\(stores))"))
        print(label[3] + "\(connection.region.title) (\(connection.region.rawValue), AWS \(connection.region.awsRegion))")
        print(label[4] + connection.endpoint)
        print(label[5] + connection.tokenEndpoint)
        print(label[2] + marketplaces)
        print(label[6] + OrderDetailText.format(connection.connectedAt))
        let kept = FileManager.default.fileExists(atPath: LWACredentialsFile.path(context.home))
        print(label[7] + (kept ? tr("commands.connect.credentials-kept", LWACredentialsFile.path(context.home)) : tr("commands.connect.credentials-missing")))
    }

    static func url(_ text: String, what: String) throws -> URL {
        guard let url = URL(string: text), url.scheme == "http" || url.scheme == "https", url.host != nil else {
            throw Refusal(tr("commands.connect.not-a-url", what, text))
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
