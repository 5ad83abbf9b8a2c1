import Foundation

// Sellers v1: which marketplaces the connected seller takes part in.
extension SellingPartnerClient {
    /// Every marketplace of the account (`GET /sellers/v1/marketplaceParticipations`).
    public func getMarketplaceParticipations() async throws -> [MarketplaceParticipation] {
        let request = request("GET", "/sellers/v1/marketplaceParticipations")
        return try await execute(.getMarketplaceParticipations, request, decode: json(GetMarketplaceParticipationsResponse.self)).payload ?? []
    }
}
