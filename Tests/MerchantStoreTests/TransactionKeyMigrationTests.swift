import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// v16: refunds Amazon reported through Finances v0 are recognised when Finances 2024-06-19 reports them again.
@Suite("Amazon's refunds keyed by transaction id from v16 on")
struct TransactionKeyMigrationTests {
    let posted = Date(timeIntervalSince1970: 1_790_000_000)

    @Test("a row read through v0 is taken over by the same refund's transaction; another refund is recorded anew")
    func v0RowsTakenOver() throws {
        // R23: Amazon's refunds counted once, apart from the console's.
        let old = try OlderStore(upTo: "v15: search finds German spellings")
        defer { old.remove() }
        try old.queue.write { db in
            try db.execute(sql: "INSERT INTO amazonRefund (eventKey, amazonOrderId, postedAt, amountMinor, currency) VALUES ('12-1,12-2', '302-1', ?, 856, 'EUR')",
                           arguments: [posted.timeIntervalSince1970])
        }
        let store = try old.openMigrated()
        let marked = try store.pool.read { db in try Row.fetchOne(db, sql: "SELECT eventKey, v0Key FROM amazonRefund") }
        #expect(marked?["v0Key"] == "12-1,12-2")
        let eur = { (minor: Int64) in Money(minorUnits: minor, currency: "EUR") }
        let same = AmazonRefundEvent(eventKey: "b1qD0oAliFkLiqRyGbmeT0DoS2Z2kHzi7TZ92z-vARI", amazonOrderId: "302-1", postedAt: posted, amount: eur(856))
        #expect(try store.recordAmazonRefunds([same], watermark: nil) == (new: 0, onAmazon: 0))
        #expect(try store.recordAmazonRefunds([same], watermark: nil) == (new: 0, onAmazon: 0))
        let other = AmazonRefundEvent(eventKey: "another-transaction", amazonOrderId: "302-1", postedAt: posted.addingTimeInterval(60), amount: eur(856))
        #expect(try store.recordAmazonRefunds([other], watermark: nil) == (new: 1, onAmazon: 1))
        let rows = try store.pool.read { db in try Row.fetchAll(db, sql: "SELECT eventKey, v0Key FROM amazonRefund ORDER BY eventKey") }
        #expect(rows.map { $0["eventKey"] as String } == ["another-transaction", "b1qD0oAliFkLiqRyGbmeT0DoS2Z2kHzi7TZ92z-vARI"])
        #expect(rows.map { $0["v0Key"] as String? } == [nil, "12-1,12-2"])
    }
}
