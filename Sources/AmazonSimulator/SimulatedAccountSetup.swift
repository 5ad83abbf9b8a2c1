import Foundation

/// What a new simulated Amazon account starts with: the seller, its marketplaces, its listings and a seed.
public struct SimulatedAccountSetup: Sendable, Codable, Equatable {
    public var sellerId: String
    public var marketplaceIds: [String]
    public var listings: [SimulatedListing]
    public var seed: UInt64

    public init(sellerId: String, marketplaceIds: [String], listings: [SimulatedListing], seed: UInt64) {
        self.sellerId = sellerId
        self.marketplaceIds = marketplaceIds
        self.listings = listings
        self.seed = seed
    }
}

/// A listing on the simulated Amazon: buyers order these (also SKUs the merchant's catalog does not know).
public struct SimulatedListing: Sendable, Codable, Equatable {
    public var sku: String
    public var asin: String
    public var title: String
    /// The price on Amazon.de in EUR ("12.90"); other marketplaces convert it.
    public var price: String
    public var fba: Bool

    public init(sku: String, asin: String, title: String, price: String, fba: Bool) {
        self.sku = sku
        self.asin = asin
        self.title = title
        self.price = price
        self.fba = fba
    }
}
