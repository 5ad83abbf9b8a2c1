import Foundation
import MerchantCore
import MerchantStore
import Testing

/// What the store writes down for later (an order's history, a refund's failure, an outbox message's last error,
/// why the merchant ships a shop order, the sync's summary, the activity lines of catalog, ship-from, shop and
/// notifications) keeps its English record for scripts and the same words in German and Thai: each reader reads
/// it in its own language, whichever language the writing process spoke.
@Suite struct StoredWordsInTheMerchantsLanguageTests {
    static let id = "302-0000001-0000001"

    func words<T>(_ language: Language, _ read: () -> T) -> T { Language.$override.withValue(language, operation: read) }

    @Test func anOrdersHistoryWrittenInGermanReadsInThaiAndStaysEnglishForScripts() throws {
        // R13
        let t = try TestStore()
        let o = Fx.order(Self.id, .unshipped, items: [Fx.item("MUG-BLAU-350", qty: 2)], total: Fx.eur(2580))
        try Language.$override.withValue(.german) {
            try t.store.ingest([o], watermark: nil, at: Fx.t(1))
            _ = try t.store.ship(ShipmentRequest(amazonOrderId: Self.id, carrier: .ups, trackingNumber: "1Z5R89390357567127",
                                                 items: ["OI-MUG-BLAU-350": 1]), actor: "merchant", at: Fx.t(2))
        }
        let history = try t.detail(Self.id).history
        #expect(history.map(\.event) == ["received as UNSHIPPED", "imported as local order #1", "shipped in part (1 unit) with UPS 1Z5R89390357567127"])
        #expect(words(.german) { history.map(\.inMerchantsWords) }
                == ["eingegangen als nicht versendet", "als eigene Bestellung #1 importiert", "teilweise versendet (1 Einheit) mit UPS 1Z5R89390357567127"])
        #expect(words(.thai) { history[0].inMerchantsWords } == "ได้รับคำสั่งซื้อ สถานะ ยังไม่จัดส่ง")
        #expect(words(.english) { history.map(\.inMerchantsWords) } == history.map(\.event))
    }

    @Test func aHistoryLineFromBeforeV23ReadsAsItsEnglishRecord() {
        let old = HistoryEvent(at: Fx.t(1), event: "received as UNSHIPPED")
        #expect(words(.german) { old.inMerchantsWords } == "received as UNSHIPPED")
    }

    @Test func theR21NoticeIsKeptInEveryLanguageOnTheRefundItsOutboxMessageAndTheHistory() throws {
        // R21
        let t = try TestStore()
        let o = Fx.order(Self.id, .shipped, items: [Fx.item("MUG-BLAU-350", qty: 1, shipped: 1)], total: Fx.eur(1290))
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        // A refund queued by the console, then Amazon reports the whole order refunded in Seller Central.
        _ = try t.store.refund(Self.id, amount: Fx.eur(500), reason: .generalAdjustment, actor: "merchant", at: Fx.t(2))
        try Language.$override.withValue(.thai) {
            _ = try t.store.recordAmazonRefunds([AmazonRefundEvent(eventKey: "sc-1", amazonOrderId: Self.id, postedAt: Fx.t(3), amount: Fx.eur(1290))],
                                                watermark: nil)
        }
        let refund = try #require(try t.store.refundQueue().first { $0.amazonOrderId == Self.id && $0.state == .failed })
        #expect(refund.failure?.hasPrefix("already refunded on Amazon: 12.90 EUR of \(Self.id) was refunded there directly") == true)
        #expect(words(.german) { refund.failureInMerchantsWords }?.hasPrefix("schon bei Amazon erstattet: 12,90 € von \(Self.id)") == true)
        let message = try #require(try t.store.outbox(includeDone: true).first { $0.kind == .refund })
        #expect(message.lastError == refund.failure)
        #expect(message.refusedBy == .console)  // never sent: the console refused it, not Amazon
        #expect(words(.german) { message.lastErrorInMerchantsWords } == words(.german) { refund.failureInMerchantsWords })
        let last = try #require(try t.detail(Self.id).history.last)
        #expect(last.event.hasPrefix("refund not sent: already refunded on Amazon"))
        #expect(words(.german) { last.inMerchantsWords }.hasPrefix("Erstattung nicht gesendet: schon bei Amazon erstattet"))
    }

    @Test func amazonsOwnWordsAreQuotedAsAmazonsInEveryLanguageAndOnceOnly() throws {
        // R21: Amazon refused the refund in its words (English); the console's words around them are the merchant's.
        let t = try TestStore()
        let o = Fx.order(Self.id, .shipped, items: [Fx.item("MUG-BLAU-350", qty: 1, shipped: 1)], total: Fx.eur(1290))
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        _ = try t.store.refund(Self.id, amount: Fx.eur(500), reason: .generalAdjustment, actor: "merchant", at: Fx.t(2))
        let message = try #require(try t.store.outbox(includeDone: true).first { $0.kind == .refund })
        let amazons = "Order \(Self.id) has only 0.00 EUR left to refund"
        try t.store.updateOutbox(ids: [message.id], state: .failed, error: amazons, countAttempt: true, at: Fx.t(3))
        var refund = try #require(try t.store.refundQueue().first { $0.state == .failed })
        #expect(refund.failure == "Amazon refused it: “\(amazons)”")
        #expect(words(.german) { refund.failureInMerchantsWords } == "Amazon hat abgelehnt, mit den Worten: „\(amazons)“")
        #expect(words(.thai) { refund.failureInMerchantsWords } == "Amazon ปฏิเสธ โดยแจ้งว่า “\(amazons)”")
        #expect(try t.store.outbox(includeDone: true).first { $0.id == message.id }?.refusedBy == .amazon)
        // Amazon's own refund read later: the words are said as R21's, Amazon's still quoted once.
        _ = try t.store.recordAmazonRefunds([AmazonRefundEvent(eventKey: "sc-1", amazonOrderId: Self.id, postedAt: Fx.t(4), amount: Fx.eur(1290))],
                                            watermark: nil)
        refund = try #require(try t.store.refundQueue().first { $0.state == .failed })
        #expect(refund.failure == "already refunded on Amazon (12.90 EUR refunded there directly); Amazon's words: “\(amazons)”")
        #expect(words(.german) { refund.failureInMerchantsWords }?.hasSuffix("Amazons Worte: „\(amazons)“") == true)
    }

    @Test func aMixedShopOrdersNoteReadsInTheMerchantsLanguageAndShopJSONKeepsEnglish() throws {
        // R26
        let t = try TestStore()
        _ = try t.store.updateProduct(sku: "TEE-MATCHA-100", ProductChange(fba: true), actor: "test", at: Fx.t(1))
        let order = try Language.$override.withValue(.thai) {
            try t.store.createShopOrder(ShopOrderRequest(buyerName: "Jürgen Groß", address: Fx.address,
                                                         lines: [(sku: "TEE-MATCHA-100", quantity: 1), (sku: "MUG-BLAU-350", quantity: 1)]),
                                        actor: "shop", at: Fx.t(2))
        }
        #expect(order.note == "mixed order: TEE-MATCHA-100 is FBA, MUG-BLAU-350 is not; the merchant ships it whole")
        #expect(words(.german) { order.noteInMerchantsWords }
                == "gemischte Bestellung: TEE-MATCHA-100 ist FBA, MUG-BLAU-350 ist es nicht; du versendest sie komplett selbst")
        let json = String(decoding: try JSONEncoder().encode(order), as: UTF8.self)
        #expect(json.contains("the merchant ships it whole") && !json.contains("noteWords") && !json.contains("gemischte"))
        let line = try #require(try t.store.activity().first { $0.kind == "shop order" })
        #expect(line.message == "\(order.reference) for Jürgen Groß: the merchant ships it (\(order.note ?? ""))")
        #expect(words(.german) { line.inMerchantsWords }.hasPrefix("\(order.reference) für Jürgen Groß: du versendest sie (gemischte Bestellung"))
    }

    @Test func catalogShipFromAndNotificationLinesAreWrittenInEveryLanguage() throws {
        // R28
        let t = try TestStore()
        try Language.$override.withValue(.german) {
            _ = try t.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 41, enabled: false, weight: try Weight.parse("1200g")),
                                          actor: "merchant", at: Fx.t(1))
            let address = try ShipFromAddress.parse("Kaffeekontor GmbH; Storkower Straße 118; 10407; Berlin; DE")
            _ = try t.store.setShipFromAddress(address, actor: "merchant", at: Fx.t(2))
        }
        let lines = try t.store.activity()
        let catalog = try #require(lines.first { $0.kind == "catalog" })
        #expect(catalog.message == "MUG-BLAU-350: stock 40 → 41, enabled on → off, weight none → 1.2 kg")
        #expect(words(.german) { catalog.inMerchantsWords } == "MUG-BLAU-350: Bestand 40 → 41, aktiviert an → aus, Gewicht keine → 1,2 kg")
        #expect(words(.thai) { catalog.inMerchantsWords } == "MUG-BLAU-350: สต็อก 40 → 41, เปิดใช้งาน เปิด → ปิด, น้ำหนัก ไม่มี → 1.2 kg")
        let shipFrom = try #require(lines.first { $0.subject == "ship-from" })
        #expect(shipFrom.message.hasPrefix("Ship-from address: none → Kaffeekontor GmbH"))
        #expect(words(.german) { shipFrom.inMerchantsWords }.hasPrefix("Absenderadresse: keine → Kaffeekontor GmbH"))
    }

    @Test func theSyncSummaryIsReadInTheReadersLanguageWhoeverSynced() throws {
        let t = try TestStore()
        try Language.$override.withValue(.german) {
            try t.store.recordSync(at: Fx.t(1), success: true, report: tr("sync.summary.new", 3), error: nil)
        }
        let state = try t.store.syncState()
        #expect(state.lastReport == "3 new")
        #expect(words(.thai) { state.lastReportInMerchantsWords } == words(.thai) { tr("sync.summary.new", 3) })
        #expect(words(.german) { state.lastReportInMerchantsWords } != "3 new")
    }

    @Test func anActivityLinesKindIsReadAsAWordAndItsCodeStaysForScripts() {
        #expect(words(.english) { OutboxWords.activity("connect") } == "connect")
        #expect(words(.german) { OutboxWords.activity("connect") } == "Konto")
        #expect(words(.thai) { OutboxWords.activity("ship") } == "จัดส่ง")
        // An outbox message's kind reads as the Outbox pane names it; a code this version does not know, as it is.
        #expect(words(.german) { OutboxWords.activity("acknowledgement") } == words(.german) { OutboxWords.kind(.acknowledgement) })
        #expect(words(.german) { OutboxWords.activity("something-new") } == "something-new")
    }
}
