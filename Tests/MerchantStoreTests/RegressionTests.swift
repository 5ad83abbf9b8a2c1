import Foundation
import MerchantCore
import MerchantStore
import Testing

/// Bugs found while writing these tests, each kept by the smallest test that proved it.
@Suite struct RegressionTests {
    @Test func importingAnOrderReadsItsLocalLines() throws {
        // R4: LocalOrderTable.find sorts localOrderLine by rowid, but that table is WITHOUT ROWID:
        // every import throws "no such column: rowid" and the whole page is rolled back.
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: Fx.t(1), at: Fx.t(1))
        #expect(try t.detail(o.amazonOrderId).local?.lines.map(\.quantity) == [2])
    }

    @Test func aSingleCharacterFindsTheEndOfAJapaneseName() throws {
        // R1 (search): "one character alone is a prefix of any bigram" is not true of a run's last character:
        // 郎 in 山田太郎 is only the second half of the bigram 太郎, so the prefix query "郎"* misses it.
        let t = try TestStore()
        let o = Fx.order("250-7654321-2222222", .unshipped, marketplace: Fx.jp, items: [Fx.item("NOT-IN-CATALOG")], buyer: "山田太郎")
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.store.search("山").map(\.amazonOrderId) == [o.amazonOrderId])
        let found = try t.store.search("郎").map(\.amazonOrderId)
        #expect(found == [o.amazonOrderId])
    }
}
