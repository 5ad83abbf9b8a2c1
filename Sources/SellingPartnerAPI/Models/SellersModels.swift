import Foundation

/// Sellers v1 `getMarketplaceParticipations`: the marketplaces the seller may list in (`spapi/sellers.json`).
public struct GetMarketplaceParticipationsResponse: Codable, Sendable, Equatable {
    public var payload: [MarketplaceParticipation]?
    public var errors: [SPAPIErrorItem]?

    public init(payload: [MarketplaceParticipation]?, errors: [SPAPIErrorItem]? = nil) {
        self.payload = payload
        self.errors = errors
    }
}

/// One marketplace, the seller's store name there, and whether the seller takes part.
public struct MarketplaceParticipation: Codable, Sendable, Equatable {
    public var marketplace: SellersMarketplace
    public var participation: Participation
    public var storeName: String

    public init(marketplace: SellersMarketplace, participation: Participation, storeName: String) {
        self.marketplace = marketplace
        self.participation = participation
        self.storeName = storeName
    }
}

/// A marketplace as Sellers describes it.
public struct SellersMarketplace: Codable, Sendable, Equatable {
    public var id: String
    public var name: String
    public var countryCode: String
    public var defaultCurrencyCode: String
    public var defaultLanguageCode: String
    public var domainName: String

    public init(id: String, name: String, countryCode: String, defaultCurrencyCode: String, defaultLanguageCode: String, domainName: String) {
        self.id = id
        self.name = name
        self.countryCode = countryCode
        self.defaultCurrencyCode = defaultCurrencyCode
        self.defaultLanguageCode = defaultLanguageCode
        self.domainName = domainName
    }
}

/// Whether the seller takes part in a marketplace, and whether listings there are suspended.
public struct Participation: Codable, Sendable, Equatable {
    public var isParticipating: Bool
    public var hasSuspendedListings: Bool

    public init(isParticipating: Bool, hasSuspendedListings: Bool) {
        self.isParticipating = isParticipating
        self.hasSuspendedListings = hasSuspendedListings
    }
}
