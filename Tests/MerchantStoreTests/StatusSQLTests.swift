import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// The lists of statuses the store writes from MerchantCore's enums are, to the letter and in order, the lists of
/// the partial indexes that serve them: otherwise SQLite would read the whole table (R15).
@Suite("Status lists from MerchantCore's enums")
struct StatusSQLTests {
    @Test("to ship and awaiting payment match their partial indexes; a quote is doubled")
    func listsMatchTheirIndexes() throws {
        let t = try TestStore()
        let indexes = try t.store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")
        }
        #expect(StatusSQL.toShip == "('UNSHIPPED', 'PARTIALLY_SHIPPED')")
        #expect(indexes.contains { $0.contains("WHERE status IN \(StatusSQL.toShip)") })
        #expect(indexes.contains { $0.contains("WHERE status IN \(StatusSQL.awaitingPayment)") })
        #expect(StatusSQL.constant("O'Brien") == "'O''Brien'")
    }
}
