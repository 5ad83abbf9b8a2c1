import Foundation

// FBA Inventory v1: Amazon's warehouse stock, per SKU, for one marketplace.
extension SellingPartnerClient {
    /// One page of inventory summaries with details, for at most 50 SKUs (`GET /fba/inventory/v1/summaries`).
    public func getInventorySummaries(marketplaceId: String, sellerSkus: [String], nextToken: String? = nil) async throws -> GetInventorySummariesResponse {
        var query: [(String, String)] = [
            ("details", "true"), ("granularityType", "Marketplace"), ("granularityId", marketplaceId), ("marketplaceIds", marketplaceId),
        ]
        if !sellerSkus.isEmpty { query.append(("sellerSkus", sellerSkus.joined(separator: ","))) }
        if let nextToken { query.append(("nextToken", nextToken)) }
        let request = request("GET", "/fba/inventory/v1/summaries", query: query)
        return try await execute(.getInventorySummaries, request, decode: json(GetInventorySummariesResponse.self))
    }
}
