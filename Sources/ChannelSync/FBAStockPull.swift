import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Reads Amazon's warehouse stock (FBA Inventory summaries) for the products whose FBA switch is on,
/// 50 SKUs to a request, so the catalog shows it and nothing Amazon cannot fill is sent to it (R27).
struct FBAStockPull {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    func run() async throws -> Int {
        let skus = try store.fbaProductSkus()
        guard !skus.isEmpty, let marketplaceId = try store.settings().marketplaceIds.first else { return 0 }
        var read = 0
        for start in stride(from: 0, to: skus.count, by: 50) {
            let batch = Array(skus[start..<min(start + 50, skus.count)])
            var token: String?
            repeat {
                let page = try await client.getInventorySummaries(marketplaceId: marketplaceId, sellerSkus: batch, nextToken: token)
                var levels: [String: FBAStockLevel] = [:]
                for summary in page.payload?.inventorySummaries ?? [] {
                    guard let sku = summary.sellerSku, let details = summary.inventoryDetails else { continue }
                    levels[sku] = FBAStockLevel(
                        fulfillable: max(0, details.fulfillableQuantity ?? 0), reserved: max(0, details.reservedQuantity?.totalReservedQuantity ?? 0),
                        inbound: max(0, (details.inboundShippedQuantity ?? 0) + (details.inboundReceivingQuantity ?? 0) + (details.inboundWorkingQuantity ?? 0)),
                        checkedAt: clock.now)
                }
                // A SKU Amazon does not list holds nothing there.
                if token == nil {
                    for sku in batch where levels[sku] == nil { levels[sku] = FBAStockLevel(fulfillable: 0, checkedAt: clock.now) }
                }
                try store.recordFBAStock(levels)
                read += levels.count
                token = page.pagination?.nextToken
            } while token != nil
        }
        return read
    }
}
