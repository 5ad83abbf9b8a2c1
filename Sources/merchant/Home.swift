import DemoData
import Foundation
import MerchantCore
import MerchantStore

/// The data folder: `--home DIR`, else `$MERCHANT_HOME`, else the XDG data folder.
struct Home {
    let url: URL

    var storePath: String { url.appendingPathComponent("merchant.sqlite").path }
    var simulatorPath: String { url.appendingPathComponent("amazon-simulator.sqlite").path }

    /// Set by `main` from `--home`, which may stand anywhere on the command line.
    nonisolated(unsafe) static var override: String?

    static func resolve(environment: [String: String] = ProcessInfo.processInfo.environment) -> Home {
        if let dir = override ?? environment["MERCHANT_HOME"], !dir.isEmpty { return Home(url: URL(fileURLWithPath: dir)) }
        if let xdg = environment["XDG_DATA_HOME"], !xdg.isEmpty {
            return Home(url: URL(fileURLWithPath: xdg).appendingPathComponent("merchant"))
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return Home(url: URL(fileURLWithPath: home).appendingPathComponent(".local/share/merchant"))
    }

    /// Creates the folder, 0700, when missing.
    func ensureFolder() throws {
        let fm = FileManager.default
        if !fm.fileExists(atPath: url.path) {
            try fm.createDirectory(at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
    }
}

/// The demo catalog of `Resources/DemoCatalog.json`.
struct DemoCatalog: Decodable {
    struct Entry: Decodable {
        var sku: String
        var title: String
        var stock: Int?
        var asin: String
        var price: String
        var fba: Bool?
        var enabled: Bool?
        /// Parcel facts as a merchant types them (`380g`, `12x12x10cm`); checked when the catalog is built.
        var weight: String?
        var size: String?
        var gtin: String?
        var bin: String?

        func parcelFacts() throws -> ParcelFacts {
            ParcelFacts(weight: try weight.map { try Weight.parse($0) }, size: try size.map { try PackageSize.parse($0) },
                        gtin: try gtin.map { try GTIN.parse($0) }, bin: try bin.map { try BinLocation.parse($0) })
        }
    }
    var sellerId: String
    var marketplaceIds: [String]
    /// The demo warehouse parcels leave from, in `ShipFromAddress`'s short form.
    var shipFrom: String?
    var products: [Entry]
    var unlistedAmazonSkus: [Entry]

    static func load() throws -> DemoCatalog {
        try JSONDecoder().decode(DemoCatalog.self, from: try DemoData.catalogJSON())
    }

    var catalogProducts: [Product] {
        get throws {
            try products.map {
                Product(sku: $0.sku, title: $0.title, stockOnHand: $0.stock ?? 0, enabled: $0.enabled ?? true, asin: $0.asin, fba: $0.fba ?? false,
                        parcel: try $0.parcelFacts())
            }
        }
    }

    var shipFromAddress: ShipFromAddress? {
        get throws { try shipFrom.map { try ShipFromAddress.parse($0) } }
    }
}
