import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("FBA stock: read from Amazon for FBA products, lowered as Amazon ships")
struct FBAStockSyncTests {
    @Test("the sync reads Amazon's fulfillable stock of FBA products; an inbound shipment shows on the next sync")
    func stockIsRead() async throws {
        // R27
        let h = try SyncHarness()
        #expect(try h.entry("WAAGE-DIGI").fbaStock == nil)
        try await h.syncUntilSettled()
        #expect(try h.entry("WAAGE-DIGI").fbaStock?.fulfillable == 60)
        #expect(try h.entry("MUG-BLAU-350").fbaStock == nil)  // not FBA: not asked
        try h.simulator.setFBAStock(sku: "WAAGE-DIGI", quantity: 7)
        try await h.syncUntilSettled()
        #expect(try h.entry("WAAGE-DIGI").fbaStock?.fulfillable == 7)
    }

    @Test("an Amazon-fulfilled order is shipped from Amazon's stock, never from the merchant's")
    func afnShipsFromAmazonStock() async throws {
        // R14, R26
        let h = try SyncHarness()
        try await h.syncUntilSettled()
        let onHand = try h.entry("WAAGE-DIGI").stock.onHand
        _ = try h.simulator.placeOrder(sku: "WAAGE-DIGI", quantity: 2, afn: true)
        h.clock.advance(seconds: 13 * 3_600)  // Amazon ships AFN orders within hours
        try await h.syncUntilSettled()
        #expect(try h.simulator.fbaFulfillable(sku: "WAAGE-DIGI") == 58)
        #expect(try h.entry("WAAGE-DIGI").fbaStock?.fulfillable == 58)
        #expect(try h.entry("WAAGE-DIGI").stock.onHand == onHand)
        #expect(try h.entry("WAAGE-DIGI").stock.held == 0)
    }

    @Test("FBA stock is served as the FBA Inventory model says: details, granularity, 50 SKUs at most")
    func inventoryEndpoint() async throws {
        let h = try SyncHarness()
        let page = try await h.client.getInventorySummaries(marketplaceId: "A1PA6795UKMFR9", sellerSkus: ["WAAGE-DIGI"])
        let summary = try #require(page.payload?.inventorySummaries.first)
        #expect(summary.sellerSku == "WAAGE-DIGI" && summary.asin == "B0DEMO0012")
        #expect(summary.inventoryDetails?.fulfillableQuantity == 60)
        #expect(page.payload?.granularity.granularityType == "Marketplace")
        await #expect(throws: SPAPIError.self) {
            _ = try await h.client.getInventorySummaries(marketplaceId: "A1PA6795UKMFR9", sellerSkus: (0..<51).map { "SKU-\($0)" })
        }
    }
}
