import Foundation

// Listings Items 2021-08-01: the quantity offered and the handling time of a SKU.
extension SellingPartnerClient {
    /// Patches a listing (`PATCH /listings/2021-08-01/items/{sellerId}/{sku}?marketplaceIds=...`).
    /// The SKU is percent-encoded: merchants' SKUs hold `/`, spaces and the like.
    /// An `INVALID` submission is an answer, not an error: read its `issues`.
    public func patchListingsItem(
        sellerId: String, sku: String, marketplaceIds: [String], body: ListingsItemPatchRequest, idempotencyKey: String?
    ) async throws -> ListingsItemSubmissionResponse {
        let request = try request(
            "PATCH", "/listings/2021-08-01/items/\(PercentEncoding.component(sellerId))/\(PercentEncoding.component(sku))",
            query: [("marketplaceIds", marketplaceIds.joined(separator: ","))],
            json: body, idempotencyKey: idempotencyKey
        )
        return try await execute(.patchListingsItem, request, decode: json(ListingsItemSubmissionResponse.self))
    }
}
