import Foundation
import MerchantCore
import MerchantStore
import Testing

/// What the store keeps is a record, not a screen: the activity log (`merchant activity --json`), an order's
/// history and its blockers are written in English whatever language the merchant reads, while the store's
/// refusals speak the merchant's language (R28, R29, R30).
@Suite struct StoredRecordsStayEnglishTests {
    @Test func aSettingChangedInGermanIsLoggedInEnglish() throws {
        // R28: every change is written to the activity log
        let t = try TestStore()
        try Language.$override.withValue(.german) {
            _ = try t.store.setSetting(.importOrders, to: "off", actor: "merchant", at: Fx.t(1))
        }
        #expect(try t.store.activity().first?.message == "Import Amazon orders: on → off")
    }

    @Test func aCancellationInThaiKeepsTheHistoryAndTheLogInEnglish() throws {
        // R17, R29
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 1)], total: Fx.eur(1290))
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        try Language.$override.withValue(.thai) {
            _ = try t.store.cancel(o.amazonOrderId, reason: .noInventory, refund: Fx.eur(1290), actor: "merchant", at: Fx.t(2))
        }
        let events = try t.detail(o.amazonOrderId).history.map(\.event)
        #expect(events.contains("cancelled by the merchant (NoInventory (out of stock)), refund 12.90 EUR"))
        #expect(!events.joined().contains("สินค้าหมด"))
    }

    @Test func aBlockerIsStoredInEnglishWhenTheSyncRunsInGerman() throws {
        // R5: the stored reason is what `--json` shows; the merchant reads it through Blocker.inMerchantsWords
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .unshipped, items: [Fx.item("MUG-BLUE-AMZ", qty: 2, asin: "B0DEMO0001")])
        try Language.$override.withValue(.german) { _ = try t.store.ingest([o], watermark: nil, at: Fx.t(1)) }
        let stored = try t.detail(o.amazonOrderId).blockers
        #expect(stored == ["SKU MUG-BLUE-AMZ is not in the catalog: map it to a product"])
        #expect(try t.store.activity(limit: 10, includeSync: true).contains { $0.message == "302-0000001-0000001 cannot be imported: \(stored[0])" })
        #expect(Language.$override.withValue(.german) { Blocker.inMerchantsWords(stored[0]) }
                == "SKU MUG-BLUE-AMZ ist nicht im Katalog: ordne sie einem Produkt zu")
    }

    @Test func theStoresRefusalsSpeakTheMerchantsLanguage() throws {
        // R30
        let t = try TestStore()
        let german = Language.$override.withValue(.german) { StoreError.unknownOrder("302-9999999-9999999").description }
        #expect(german == "es gibt keine Bestellung 302-9999999-9999999")
        let thai = Language.$override.withValue(.thai) {
            StoreError.alreadyRecorded(requestId: "r-4711", refundId: 7).description
        }
        #expect(thai == "คำขอ r-4711 บันทึกเป็นการคืนเงิน #7 แล้ว: ไม่มีการดำเนินการใหม่")
        #expect(try t.store.activity().allSatisfy { !$0.message.contains("Bestellung") })
    }
}
