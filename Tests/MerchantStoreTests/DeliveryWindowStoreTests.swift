import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// v25: the buyer's delivery window is stored with each order as Amazon reports it; orders stored before keep none.
@Suite("The buyer's delivery window in the store")
struct DeliveryWindowStoreTests {
    static let earliest = Fx.t(72)
    static let latest = Fx.t(120)

    static func promised(_ id: String) -> AmazonOrder {
        var o = Fx.order(id, .unshipped, latestShip: Fx.t(48), buyer: "Jürgen Groß", address: Fx.address, total: Fx.eur(1290))
        o.earliestDeliveryDate = earliest
        o.latestDeliveryDate = latest
        return o
    }

    @Test func ingestStoresTheWindowAndTheNextReportReplacesIt() throws {
        let t = try TestStore()
        try t.store.ingest([Self.promised("302-1")], watermark: nil, at: Fx.t(2))
        let stored = try t.detail("302-1").order
        #expect(stored.earliestDeliveryDate == Self.earliest)
        #expect(stored.latestDeliveryDate == Self.latest)
        #expect(stored.latestShipDate == Fx.t(48))
        // Amazon reports the order again without a window (cancelled): the store says what Amazon says now.
        try t.store.ingest([Fx.later(Self.promised("302-1"), .cancelled) { $0.earliestDeliveryDate = nil; $0.latestDeliveryDate = nil }],
                           watermark: nil, at: Fx.t(3))
        #expect(try t.detail("302-1").order.latestDeliveryDate == nil)
        #expect(try t.detail("302-1").order.earliestDeliveryDate == nil)
    }

    @Test func theOrdersListCarriesIt() throws {
        let t = try TestStore()
        try t.store.ingest([Self.promised("302-1"), Fx.order("302-2", .unshipped, purchased: Fx.t(2))], watermark: nil, at: Fx.t(3))
        let rows = try t.store.orders()
        #expect(rows.first { $0.amazonOrderId == "302-1" }?.latestDeliveryDate == Self.latest)
        #expect(rows.first { $0.amazonOrderId == "302-1" }?.earliestDeliveryDate == Self.earliest)
        #expect(rows.first { $0.amazonOrderId == "302-2" }.map { $0.latestDeliveryDate == nil } == true)
    }

    @Test func aV24StoreKeepsItsOrdersWithoutAWindowUntilAmazonReportsOne() throws {
        let old = try OlderStore(upTo: "v24: history and notices in the merchant's language")
        defer { old.remove() }
        try old.queue.write { db in
            try db.execute(sql: """
                INSERT INTO setting (key, value) VALUES ('sellerId', 'A2DEMOSELLER01'), ('marketplaceIds', 'A1PA6795UKMFR9'), ('connectedAt', '1767225600');
                INSERT INTO amazonOrder (id, amazonOrderId, status, fulfillmentChannel, marketplaceId, purchaseDate, lastUpdateDate, latestShipDate,
                    itemCount, importState, buyerName, searchKey) VALUES (1, '302-1', 'UNSHIPPED', 'MFN', 'A1PA6795UKMFR9', 1767229200, 1767229200, 1767402000,
                    1, 'readOnly', 'Jürgen Groß', 1);
                INSERT INTO orderSearch (rowid, text) VALUES (1, '302-1 Jürgen Groß');
                """)
        }
        let store = try old.openMigrated()
        let before = try store.orderDetail("302-1").order
        #expect(before.latestShipDate == Date(timeIntervalSince1970: 1_767_402_000))
        #expect(before.buyerName == "Jürgen Groß")
        #expect(before.latestDeliveryDate == nil && before.earliestDeliveryDate == nil)
        let columns = try store.pool.read { db in try db.columns(in: "amazonOrder").map(\.name) }
        #expect(columns.contains("earliestDeliveryDate") && columns.contains("latestDeliveryDate"))
        // Reported again, now with its window: stored from then on.
        var again = Self.promised("302-1")
        again.purchaseDate = before.purchaseDate
        again.lastUpdateDate = before.lastUpdateDate.addingTimeInterval(3_600)
        try store.ingest([again], watermark: nil, at: again.lastUpdateDate)
        #expect(try store.orderDetail("302-1").order.latestDeliveryDate == Self.latest)
    }
}
