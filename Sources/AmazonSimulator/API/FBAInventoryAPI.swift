import Foundation
import GRDB
import SellingPartnerAPI

/// FBA Inventory v1 `getInventorySummaries`: Amazon's warehouse stock per SKU, 50 to a page.
enum FBAInventoryAPI {
    static let pageSize = 50

    static func summaries(_ context: RequestContext) throws -> HTTPResponse {
        let request = context.request
        guard request.value("granularityType") == "Marketplace" else { throw APIError.invalidInput("granularityType must be Marketplace.") }
        guard let marketplaceId = request.value("granularityId"), !marketplaceId.isEmpty else { throw APIError.invalidInput("granularityId is required.") }
        let marketplaces = request.listValues("marketplaceIds")
        guard marketplaces.count == 1 else { throw APIError.invalidInput("marketplaceIds must name exactly one marketplace.") }
        guard context.account.marketplaceIds.contains(marketplaces[0]) else { throw APIError.invalidInput("Marketplace \(marketplaces[0]) is not one of this seller's.") }
        var skus = request.listValues("sellerSkus")
        if let one = request.value("sellerSku") { skus.append(one) }
        guard skus.count <= 50 else { throw APIError.invalidInput("sellerSkus takes at most 50 SKUs.") }
        let after = request.value("nextToken").flatMap { Data(base64Encoded: $0) }.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let details = request.value("details") == "true"
        let levels = try FBAStock.levels(context.db, skus: skus.isEmpty ? nil : skus, afterSku: after, limit: pageSize + 1)
        var summaries: [InventorySummary] = []
        for level in levels.prefix(pageSize) {
            let listing = try ListingTable.find(context.db, sku: level.sku)
            summaries.append(InventorySummary(
                asin: listing?.asin, fnSku: "X00" + String(level.sku.hashValueStable, radix: 36).uppercased(), sellerSku: level.sku, condition: "NewItem",
                inventoryDetails: details ? InventoryDetails(
                    fulfillableQuantity: level.fulfillable, inboundWorkingQuantity: 0, inboundShippedQuantity: level.inboundShipped,
                    inboundReceivingQuantity: 0,
                    reservedQuantity: ReservedQuantity(totalReservedQuantity: level.reserved, pendingCustomerOrderQuantity: level.reserved, fcProcessingQuantity: 0),
                    unfulfillableQuantity: UnfulfillableQuantity(totalUnfulfillableQuantity: level.unfulfillable)) : nil,
                lastUpdatedTime: level.updatedAt > 0 ? SimTime.iso(level.updatedAt) : nil, productName: listing?.title, totalQuantity: level.total))
        }
        let next = levels.count > pageSize ? levels.prefix(pageSize).last.map { Data($0.sku.utf8).base64EncodedString() } : nil
        return JSONBody.response(status: 200, GetInventorySummariesResponse(
            payload: GetInventorySummariesResult(granularity: InventoryGranularity(granularityType: "Marketplace", granularityId: marketplaceId),
                                                 inventorySummaries: summaries),
            pagination: next.map { InventoryPagination(nextToken: $0) }))
    }
}

extension String {
    /// A hash that stays the same from run to run (Swift's `hashValue` is seeded per process).
    var hashValueStable: UInt64 {
        utf8.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ UInt64($1)) &* 1_099_511_628_211 } % 1_000_000_000_000
    }
}
