import Foundation
import SellingPartnerAPI

/// Sellers v1: the account's marketplaces, as `getMarketplaceParticipations` lists them (`spapi/sellers.json`).
enum SellersAPI {
    static func participations(_ c: RequestContext) throws -> HTTPResponse {
        let payload = c.account.marketplaceIds.compactMap(Marketplace.named).map { m in
            MarketplaceParticipation(
                marketplace: SellersMarketplace(id: m.id, name: m.name, countryCode: m.countryCode, defaultCurrencyCode: m.currency,
                                                defaultLanguageCode: language[m.countryCode] ?? "en_US", domainName: "www.\(m.domain)"),
                participation: Participation(isParticipating: true, hasSuspendedListings: false),
                storeName: "Kaffee & Tee Demo")
        }
        return JSONBody.response(status: 200, GetMarketplaceParticipationsResponse(payload: payload))
    }

    static let language = ["DE": "de_DE", "GB": "en_GB", "JP": "ja_JP"]
}
