import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// Free-text search over order id, buyer, SKU, ASIN and title, in every script the marketplaces use.
@Suite struct SearchTests {
    static let juergen = Fx.order("302-1234567-1111111", .unshipped, purchased: Fx.t(1),
                                  items: [Fx.item("MUG-BLAU-350")], buyer: "Jürgen Groß", total: Fx.eur(1290))
    static let taro = Fx.order("250-7654321-2222222", .unshipped, marketplace: Fx.jp, purchased: Fx.t(2),
                               items: [Fx.item("TEE-MATCHA-100", asin: "B0DEMO0004")], buyer: "山田太郎")
    static let somchai = Fx.order("171-5555555-3333333", .shipped, purchased: Fx.t(3),
                                  items: [Fx.item("BECHER-THAI", shipped: 1)], buyer: "สมชาย ใจดี")

    func store() throws -> TestStore {
        let t = try TestStore()
        try t.store.ingest([Self.juergen, Self.taro, Self.somchai], watermark: nil, at: Fx.t(4))
        return t
    }

    func ids(_ t: TestStore, _ query: String) throws -> [String] { try t.store.search(query).map(\.amazonOrderId) }

    @Test func latinNamesIgnoreCaseAndDiacritics() throws {
        let t = try store()
        #expect(try ids(t, "jurg") == [Self.juergen.amazonOrderId])
        #expect(try ids(t, "Jürgen") == [Self.juergen.amazonOrderId])
        #expect(try ids(t, "JUERGEN") == [Self.juergen.amazonOrderId])   // German spelled out: "ue" is "ü" (GermanSpellingSearchTests)
        #expect(try ids(t, "jürgen groß") == [Self.juergen.amazonOrderId])
    }

    @Test func japaneseNamesAreFoundByAPart() throws {
        let t = try store()
        #expect(try ids(t, "太郎") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "山田") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "山田太郎") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "太") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "田中").isEmpty)
    }

    @Test func thaiNamesAreFoundByAFragment() throws {
        let t = try store()
        #expect(try ids(t, "สมชาย") == [Self.somchai.amazonOrderId])
        #expect(try ids(t, "ใจดี") == [Self.somchai.amazonOrderId])
        #expect(try ids(t, "มชา") == [Self.somchai.amazonOrderId])
        #expect(try ids(t, "สมศรี").isEmpty)
    }

    @Test func ordersAreFoundByIdPrefixSkuAsinAndTitle() throws {
        let t = try store()
        #expect(try ids(t, "302-1234") == [Self.juergen.amazonOrderId])
        #expect(try ids(t, "302-1234567-1111111") == [Self.juergen.amazonOrderId])
        #expect(try ids(t, "250-7654321") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "TEE-MATCHA-100") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "becher-thai") == [Self.somchai.amazonOrderId])
        #expect(try ids(t, "B0DEMO0004") == [Self.taro.amazonOrderId])
        #expect(try ids(t, "b0demo0001") == [Self.juergen.amazonOrderId])
        #expect(try ids(t, "Item") == [Self.somchai, Self.taro, Self.juergen].map(\.amazonOrderId))  // newest first
    }

    @Test func noMatchIsAnEmptyList() throws {
        let t = try store()
        #expect(try ids(t, "nobody").isEmpty)
        #expect(try ids(t, "302-9999").isEmpty)
        #expect(try ids(t, "").isEmpty)
        #expect(try ids(t, "   ").isEmpty)
        #expect(try ids(t, "jurg nobody").isEmpty)
    }

    @Test(arguments: ["\"", "\"jurg", "jurg\"", "AND", "OR jurg", "NOT", "*", "(jurg", "jurg)", "NEAR(a b)", "col:jurg", "^jurg", "-"])
    func whatAMerchantTypesNeverBreaksTheSearch(query: String) throws {
        // R30: any typed text is a search, never an FTS syntax error.
        let t = try store()
        #expect(throws: Never.self) { _ = try t.store.search(query) }
    }

    @Test(arguments: ["+", "C++", "☕", "€", "$", "→", "😀"])
    func symbolsAloneFindNothingWithoutFailing(query: String) throws {
        // R30: a symbol the index does not hold (unicode61 drops it) is a search that finds nothing, not an error.
        let t = try store()
        #expect(try t.store.search(query).isEmpty)
    }

    @Test func anUpdatedOrderIsFoundByItsNewTextOnly() throws {
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, buyer: "Erika Mustermann")
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        try t.store.ingest([Fx.later(o, .unshipped) { $0.buyerName = "Erika Musterfrau" }], watermark: nil, at: Fx.t(2))
        #expect(try ids(t, "musterfrau") == [o.amazonOrderId])
        #expect(try ids(t, "mustermann").isEmpty)
    }

    @Test func aCompleteSkuIsMatchedWholeAndAPartOfOneAsAPrefix() throws {
        // A SKU of the catalog is what the merchant means whole (and is cheap to find among a million orders);
        // anything shorter still finds every SKU that begins with it.
        let t = try TestStore()
        let mug = Fx.order("302-0000000-0000001", .unshipped, purchased: Fx.t(1), items: [Fx.item("MUG-BLAU-350")])
        let longer = Fx.order("302-0000000-0000002", .unshipped, purchased: Fx.t(2), items: [Fx.item("MUG-BLAU-3500")])
        try t.store.ingest([mug, longer], watermark: nil, at: Fx.t(3))
        #expect(try ids(t, "MUG-BLAU-350") == [mug.amazonOrderId])
        #expect(try ids(t, "mug-blau-350") == [mug.amazonOrderId])
        #expect(try ids(t, "MUG-BLAU-35") == [longer.amazonOrderId, mug.amazonOrderId])
        #expect(try ids(t, "MUG-BLAU-3500") == [longer.amazonOrderId])
    }

    @Test func theNewestHitsComeFirstWhateverTheOrderTheyArrivedIn() throws {
        // Hits are read from the index newest first and the search stops at its limit: the 50 newest of 120,
        // though they arrived shuffled and some were bought in the same millisecond.
        let t = try TestStore()
        var orders = (0..<120).map { n in
            Fx.order(String(format: "302-0000000-%07d", n), .unshipped, purchased: Fx.t(Double(n / 2)), buyer: "Anna Schmidt")
        }
        var random = SystemRandomNumberGenerator()
        orders.shuffle(using: &random)
        for chunk in stride(from: 0, to: orders.count, by: 7) {
            try t.store.ingest(Array(orders[chunk..<min(chunk + 7, orders.count)]), watermark: nil, at: Fx.t(200))
        }
        let found = try t.store.search("schmidt", limit: 50)
        #expect(found.count == 50)
        #expect(found.map(\.purchaseDate) == found.map(\.purchaseDate).sorted(by: >))
        #expect(Set(found.map(\.amazonOrderId)) == Set((70..<120).map { String(format: "302-0000000-%07d", $0) }))
    }

    @Test func aStoreIndexedBeforeSearchKeysFindsTheNewestFirstAfterItsMigration() throws {
        let old = try OlderStore(upTo: "v7: outbox messages by subject")
        defer { old.remove() }
        // Row ids against purchase order, two orders in one millisecond.
        let purchased: [Double] = [5_000, 1_000, 3_000, 3_000, 2_000]
        try old.queue.write { db in
            for (n, at) in purchased.enumerated() {
                try db.execute(sql: """
                    INSERT INTO amazonOrder (id, amazonOrderId, status, fulfillmentChannel, marketplaceId, purchaseDate, lastUpdateDate,
                        itemCount, importState, buyerName) VALUES (?, ?, 'UNSHIPPED', 'MFN', 'A1PA6795UKMFR9', ?, ?, 1, 'imported', 'Jürgen Groß')
                    """, arguments: [n + 1, "302-0000000-000000\(n)", at, at])
                try db.execute(sql: "INSERT INTO orderSearch (rowid, text) VALUES (?, ?)", arguments: [n + 1, "302-0000000-000000\(n) Jürgen Groß"])
            }
        }
        let store = try old.openMigrated()
        let found = try store.search("jurg")
        #expect(found.map(\.amazonOrderId) == ["302-0000000-0000000", "302-0000000-0000003", "302-0000000-0000002",
                                               "302-0000000-0000004", "302-0000000-0000001"])
        #expect(try store.search("302-0000000-0000003").map(\.amazonOrderId) == ["302-0000000-0000003"])
        #expect(try store.integrityCheck() == "ok")
    }
}
