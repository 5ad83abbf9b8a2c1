import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// v20: a store of v19 keeps its products, which start without parcel facts, and takes them from then on.
@Suite struct ParcelFactsMigrationTests {
    @Test func aV19StoreKeepsItsProductsWithoutParcelFacts() throws {
        let old = try OlderStore(upTo: "v19: order notifications")
        defer { old.remove() }
        try old.queue.write { db in
            try db.execute(sql: """
                INSERT INTO setting (key, value) VALUES ('sellerId', 'A2DEMOSELLER01'), ('marketplaceIds', 'A1PA6795UKMFR9'), ('connectedAt', '1767225600');
                INSERT INTO product (sku, title, stockOnHand, asin) VALUES ('MUG', 'Becher', 10, 'B0DEMO0001');
                """)
        }
        let store = try old.openMigrated()
        let mug = try #require(try store.product(sku: "MUG"))
        #expect(mug.product.stockOnHand == 10 && mug.product.asin == "B0DEMO0001")
        #expect(mug.product.parcel == .none)
        #expect(try store.shipFromAddress() == nil)
        let gtin = try GTIN.parse("4006381333931")
        try store.updateProduct(sku: "MUG", ProductChange(gtin: gtin), actor: "test", at: Date(timeIntervalSince1970: 1_767_229_200))
        #expect(try store.product(scanned: "4006381333931")?.sku == "MUG")
    }
}
