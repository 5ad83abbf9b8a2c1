import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import Testing

/// German habits: ü, ö, ä and ß typed as ue, oe, ae and ss find the names written with them, and back.
@Suite struct GermanSpellingSearchTests {
    static let mueller = Fx.order("302-1000000-0000001", .unshipped, purchased: Fx.t(1),
                                  items: [Fx.item("MUG-BLAU-350")], buyer: "Anna Müller")
    static let gross = Fx.order("302-1000000-0000002", .unshipped, purchased: Fx.t(2),
                                items: [Fx.item("MUG-BLAU-350")], buyer: "Jürgen Groß")
    static let strasse = Fx.order("302-1000000-0000003", .unshipped, purchased: Fx.t(3), items: [AmazonOrderItem(
        orderItemId: "OI-STRASSE", sku: "MUG-BLAU-350", asin: Fx.asin(of: "MUG-BLAU-350"), title: "Becher Straße der Einheit",
        quantityOrdered: 1, quantityShipped: 0, unitPrice: nil)], buyer: "Ines Kaya")
    static let spelledOut = Fx.order("302-1000000-0000004", .unshipped, purchased: Fx.t(4),
                                     items: [Fx.item("MUG-BLAU-350")], buyer: "Peter Mueller")

    func store() throws -> TestStore {
        let t = try TestStore()
        try t.store.ingest([Self.mueller, Self.gross, Self.strasse, Self.spelledOut], watermark: nil, at: Fx.t(5))
        return t
    }

    func ids(_ t: TestStore, _ query: String) throws -> Set<String> { Set(try t.store.search(query).map(\.amazonOrderId)) }

    @Test func spelledOutFindsTheUmlautAndTheEszett() throws {
        let t = try store()
        #expect(try ids(t, "mueller") == [Self.mueller.amazonOrderId, Self.spelledOut.amazonOrderId])
        #expect(try ids(t, "gross") == [Self.gross.amazonOrderId])
        #expect(try ids(t, "strasse") == [Self.strasse.amazonOrderId])
        #expect(try ids(t, "JUERGEN GROSS") == [Self.gross.amazonOrderId])
    }

    @Test func theUmlautFindsTheSpelledOutName() throws {
        let t = try store()
        #expect(try ids(t, "Müller") == [Self.mueller.amazonOrderId, Self.spelledOut.amazonOrderId])
        #expect(try ids(t, "Groß") == [Self.gross.amazonOrderId])
        #expect(try ids(t, "Straße") == [Self.strasse.amazonOrderId])
    }

    @Test func withoutDiacriticsStillFindsTheUmlaut() throws {
        let t = try store()
        #expect(try ids(t, "muller") == [Self.mueller.amazonOrderId])
        #expect(try ids(t, "jurg") == [Self.gross.amazonOrderId])
        #expect(try ids(t, "grosz").isEmpty)
    }

    @Test func spellingOutIsIdempotent() {
        let once = SearchText.document(["Jürgen Groß", "Straße"])
        #expect(once == "Jürgen Groß Straße Juergen Gross Strasse")
        #expect(SearchText.withGermanSpellings(once) == once)
        #expect(SearchText.document(["Ines Kaya"]) == "Ines Kaya")
    }

    @Test func aStoreIndexedBeforeTheSpellingsFindsThemAfterItsMigration() throws {
        let old = try OlderStore(upTo: "v12: no index of holding orders")
        defer { old.remove() }
        try old.queue.write { db in
            for (n, buyer) in ["Anna Müller", "Jürgen Groß", "Ines Kaya"].enumerated() {
                let at = Double(1_000 * (n + 1))
                try db.execute(sql: """
                    INSERT INTO amazonOrder (id, amazonOrderId, status, fulfillmentChannel, marketplaceId, purchaseDate, lastUpdateDate,
                        itemCount, importState, buyerName, searchKey) VALUES (?, ?, 'UNSHIPPED', 'MFN', 'A1PA6795UKMFR9', ?, ?, 1, 'imported', ?, ?)
                    """, arguments: [n + 1, "302-0000000-000000\(n)", at, at, buyer, n + 1])
                try db.execute(sql: "INSERT INTO orderSearch (rowid, text) VALUES (?, ?)", arguments: [n + 1, "302-0000000-000000\(n) \(buyer)"])
            }
        }
        let store = try old.openMigrated()
        #expect(try store.search("mueller").map(\.amazonOrderId) == ["302-0000000-0000000"])
        #expect(try store.search("gross").map(\.amazonOrderId) == ["302-0000000-0000001"])
        #expect(try store.search("kaya").map(\.amazonOrderId) == ["302-0000000-0000002"])
        #expect(try store.integrityCheck() == "ok")
    }
}
