import Foundation
import SellingPartnerAPI

/// Listings Items 2021-08-01 `patchListingsItem`: the quantity offered and the handling time.
enum ListingsAPI {
    static func patch(_ context: RequestContext) throws -> HTTPResponse {
        let sellerId = context.parameters[0], sku = context.parameters[1]
        guard sellerId == context.account.sellerId else { throw APIError(status: 403, code: "Unauthorized", message: "Access to seller \(sellerId) is denied.") }
        let marketplaceIds = context.request.listValues("marketplaceIds")
        guard !marketplaceIds.isEmpty else { throw APIError.invalidInput("marketplaceIds is required.") }
        let body = try JSONBody.decode(ListingsItemPatchRequest.self, from: context.request)
        let submissionId = String(format: "%032llx", try Counter.next(context.db, "submission"))
        guard try ListingTable.find(context.db, sku: sku) != nil else {
            // The model has no 404 for this operation: Amazon answers INVALID with an issue.
            return JSONBody.response(status: 200, ListingsItemSubmissionResponse(
                sku: sku, status: "INVALID", submissionId: submissionId,
                issues: [ListingsIssue(code: "NOT_FOUND", message: "No listing with SKU \(sku) exists for this seller.", severity: "ERROR")]))
        }
        for patch in body.patches where patch.path == "/attributes/fulfillment_availability" {
            let entry = patch.value?.first
            guard patch.op == "delete" || entry?["quantity"]?.intValue != nil else {
                throw APIError.invalidInput("fulfillment_availability needs a whole-number quantity.")
            }
            let quantity = patch.op == "delete" ? 0 : max(0, entry?["quantity"]?.intValue ?? 0)
            try ListingTable.setAvailability(context.db, sku: sku, quantity: quantity,
                                             handlingDays: entry?["lead_time_to_ship_max_days"]?.intValue)
        }
        return JSONBody.response(status: 200, ListingsItemSubmissionResponse(sku: sku, status: "ACCEPTED", submissionId: submissionId, issues: []))
    }
}
