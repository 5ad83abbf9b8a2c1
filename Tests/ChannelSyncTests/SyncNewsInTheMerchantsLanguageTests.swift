import ChannelSync
import Foundation
import MerchantCore
import SellingPartnerAPI
import Testing

/// What a sync brought, what failed and what waits, in German and in Thai: counts with their plural words
/// (Thai has none), Amazon's names of its calls left as they are (R3).
@Suite("Sync news in the merchant's language")
struct SyncNewsInTheMerchantsLanguageTests {
    private func news(_ language: Language, new: Int, pushed: Int, confirmed: Int) -> String {
        var outcome = SyncOutcome()
        outcome.orders.new = new
        outcome.pushed = pushed
        outcome.shipmentsConfirmed = confirmed
        return Language.$override.withValue(language) { outcome.news }
    }

    @Test("German picks the plural by the count")
    func germanNews() {
        #expect(news(.german, new: 0, pushed: 0, confirmed: 0) == "nichts Neues")
        #expect(news(.german, new: 3, pushed: 5, confirmed: 2)
                == "3 neue Bestellungen, 2 Sendungen bestätigt, 3 weitere Änderungen an Amazon gesendet")
        #expect(news(.german, new: 1, pushed: 1, confirmed: 1) == "1 neue Bestellung, 1 Sendung bestätigt")
    }

    @Test("Thai counts after the noun, one word for any count")
    func thaiNews() {
        #expect(news(.thai, new: 0, pushed: 0, confirmed: 0) == "ไม่มีอะไรใหม่")
        #expect(news(.thai, new: 3, pushed: 3, confirmed: 3) == "คำสั่งซื้อใหม่ 3 รายการ, ยืนยันการจัดส่ง 3 รายการ")
        #expect(news(.thai, new: 1, pushed: 0, confirmed: 0) == "คำสั่งซื้อใหม่ 1 รายการ")
    }

    @Test("a problem's headline is translated; the part it failed in too")
    func problemHeadline() {
        let problem = Language.$override.withValue(.german) {
            SyncProblem(part: SyncPart.orders, error: SPAPIError.transportFailed(operation: .searchOrders, detail: "connection refused", attempts: 3))
        }
        #expect(problem.headline == "Bestellungen lesen: Amazon ist nicht erreichbar; prüfe die Netzwerkverbindung")
        let thai = Language.$override.withValue(.thai) { SyncProblem(part: SyncPart.orders, error: SPAPIError.throttled(operation: .searchOrders, attempts: 5)) }
        #expect(thai.headline.hasPrefix("อ่านคำสั่งซื้อ: Amazon จำกัดจำนวนคำขอ"))
        #expect(thai.detail.contains("throttled"), "the details stay as the error told them")
    }

    @Test("a wait names the request in the language and Amazon's operation as it is")
    func waitWords() {
        let wait = RateLimitWait(operation: .searchOrders, until: Date(timeIntervalSince1970: 178), limit: RateLimit(rate: 0.0056, burst: 20))
        let german = Language.$override.withValue(.german) { AmazonWait(wait, now: Date(timeIntervalSince1970: 0)).text }
        #expect(german == "Bestellabfrage bei Amazon wieder möglich in 2:58 (searchOrders: 1 pro 3 min)")
        let thai = Language.$override.withValue(.thai) { AmazonWait(wait, now: Date(timeIntervalSince1970: 0)).text }
        #expect(thai.contains("2:58") && thai.contains("searchOrders") && thai.contains("1 ครั้งต่อ 3 นาที"))
    }
}
