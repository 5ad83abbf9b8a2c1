import Foundation
import MerchantCore
import MerchantStore
import Testing

/// The activity log keeps its English record (`merchant activity --json`) and the same line in German and Thai,
/// so the merchant reads it in the language of the moment, whichever language the writing process spoke (R28).
@Suite struct ActivityInTheMerchantsLanguageTests {
    @Test func aCancellationWrittenInGermanReadsInThaiAndStaysEnglishForScripts() throws {
        // R17, R28
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 1)], total: Fx.eur(1290))
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        try Language.$override.withValue(.german) {
            _ = try t.store.cancel(o.amazonOrderId, reason: .noInventory, refund: Fx.eur(1290), actor: "merchant", at: Fx.t(2))
        }
        let line = try #require(try t.store.activity().first { $0.kind == "cancel" })
        #expect(line.message == "cancelled 302-0000001-0000001 (NoInventory), refunding 12.90 EUR")
        #expect(Language.$override.withValue(.german) { line.inMerchantsWords } == "302-0000001-0000001 storniert (NoInventory), 12,90 € werden erstattet")
        #expect(Language.$override.withValue(.thai) { line.inMerchantsWords } == "ยกเลิก 302-0000001-0000001 (NoInventory) และคืนเงิน €12.90")
        #expect(Language.$override.withValue(.english) { line.inMerchantsWords } == line.message)
        // Scripts read the English record only.
        let json = String(decoding: try JSONEncoder().encode(line), as: UTF8.self)
        #expect(json.contains("refunding 12.90 EUR") && !json.contains("erstattet"))
    }

    @Test func aLineWithoutTranslationsReadsAsItsEnglishRecord() {
        let old = ActivityEntry(at: Fx.t(1), actor: "sync", kind: "import", subject: nil, message: "imported 302-1 as local order #1 (paid)")
        #expect(Language.$override.withValue(.german) { old.inMerchantsWords } == old.message)
    }
}
