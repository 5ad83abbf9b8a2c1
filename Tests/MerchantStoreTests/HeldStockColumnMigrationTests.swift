import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// v17: the column of held stock is named as the merchant reads it; a store of v16 keeps its figures and its triggers.
@Suite("Held stock named held from v17 on")
struct HeldStockColumnMigrationTests {
    @Test("a v16 store's committedStock becomes heldStock with its values, and the triggers keep it up to date (R25)")
    func renamedWithValuesAndTriggers() throws {
        let old = try OlderStore(upTo: "v16: Amazon's refunds by transaction id")
        defer { old.remove() }
        try old.queue.write { db in
            try db.execute(sql: """
                INSERT INTO product (sku, title, stockOnHand) VALUES ('MUG', 'Becher', 10);
                INSERT INTO localOrder (id, channel, status, paymentStatus, takesStock, createdAt, updatedAt) VALUES (1, 'shop', 'processing', 'paid', 1, 0, 0);
                INSERT INTO localOrderLine (localOrderId, orderItemId, productSku, quantity) VALUES (1, 'a', 'MUG', 3);
                """)
            #expect(try Int.fetchOne(db, sql: "SELECT committedStock FROM product") == 3)
        }
        let store = try old.openMigrated()
        // R25: what the order holds is still held, under the merchant's word.
        #expect(try store.catalog().first { $0.product.sku == "MUG" }?.stock.held == 3)
        try store.pool.write { db in
            let columns = try db.columns(in: "product").map(\.name)
            #expect(columns.contains("heldStock") && !columns.contains("committedStock"))
            try db.execute(sql: "INSERT INTO localOrderLine (localOrderId, orderItemId, productSku, quantity) VALUES (1, 'b', 'MUG', 2)")
            try db.execute(sql: "UPDATE localOrderLine SET quantityShipped = 1 WHERE orderItemId = 'a'")
        }
        #expect(try store.catalog().first { $0.product.sku == "MUG" }?.stock.held == 4)
        let triggers = try store.pool.read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger'") }
        #expect(!triggers.isEmpty && triggers.allSatisfy { !$0.contains("committedStock") })
    }
}
