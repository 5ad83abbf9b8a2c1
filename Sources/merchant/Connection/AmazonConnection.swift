import Foundation
import MerchantCore
import SellingPartnerAPI

/// Where the data folder's real Amazon account is reached, kept in `amazon-connection.json` beside the store.
///
/// Not secret (`merchant connect --show` prints it all), so it is a file of its own, apart from the
/// credentials (`LWACredentialsFile`): a command that only shows the connection never opens the secret.
/// The store keeps the seller id and marketplaces in its settings as before (R28); this file adds what the
/// store has no place for, the region and the endpoints. No file: the built-in simulated Amazon.
struct AmazonConnection: Codable, Equatable {
    struct MarketplaceEntry: Codable, Equatable {
        var id: String
        var name: String
        var countryCode: String
        var storeName: String
    }

    var region: Region
    var endpoint: String
    var tokenEndpoint: String
    var sellerId: String
    var marketplaces: [MarketplaceEntry]
    var connectedAt: Date

    static let fileName = "amazon-connection.json"

    static func path(_ home: Home) -> String { home.url.appendingPathComponent(fileName).path }

    static func load(home: Home) throws -> AmazonConnection? {
        guard let data = try SecretFile.read(path(home), what: tr("commands.secret-file.connection")) else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        guard let connection = try? decoder.decode(AmazonConnection.self, from: data) else {
            throw Refusal(tr("commands.connection-file.unreadable", path(home)))
        }
        return connection
    }

    func save(home: Home) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        try SecretFile.write(try encoder.encode(self), to: Self.path(home))
    }

    var endpointURL: URL { URL(string: endpoint)! }
    var tokenEndpointURL: URL { URL(string: tokenEndpoint)! }
}

/// The account's Login with Amazon credentials, in `lwa-credentials.json`, 0600: the only file that holds
/// them. Never in the store, never printed.
enum LWACredentialsFile {
    static let fileName = "lwa-credentials.json"

    static func path(_ home: Home) -> String { home.url.appendingPathComponent(fileName).path }

    static func load(home: Home) throws -> LWACredentials? {
        guard let data = try SecretFile.read(path(home), what: tr("commands.secret-file.credentials")) else { return nil }
        // The decoder's message is not shown: it might quote the file.
        guard let credentials = try? JSONDecoder().decode(LWACredentials.self, from: data) else {
            throw Refusal(tr("commands.credentials-file.unreadable", path(home)))
        }
        return credentials
    }

    static func save(_ credentials: LWACredentials, home: Home) throws {
        try SecretFile.write(try JSONEncoder().encode(credentials), to: path(home))
    }
}
