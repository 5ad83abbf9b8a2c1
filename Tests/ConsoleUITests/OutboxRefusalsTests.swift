import ConsoleUI
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// What the Outbox pane says of a message that failed, and the Refunds pane's totals: words that agree with each
/// other and amounts never cut.
@Suite("Outbox refusals and refund totals, as the merchant reads them")
struct OutboxRefusalsTests {
    @Test("a shop order the console kept back is listed as not sent, with its reason whole, and nothing says Amazon refused it or confirmed all")
    func keptBackListedAsNotSent() throws {
        // R27: the console refused it before sending; Amazon never saw it.
        let shop = try ShopFixture(size: Size(rows: 30, columns: 80))
        shop.f.press(.character("5"))
        let text = shop.text
        #expect(text.contains(" · 1 not sent (last 7 days)"))
        let row = try #require(text.split(separator: "\n").first { $0.contains(shop.kept) })
        #expect(row.contains("not sent"))
        #expect(text.contains("↳ " + ShopFixture.keptNote))
        #expect(!text.contains("refused by Amazon") && !text.contains("confirmed everything"))
    }

    @Test("a message Amazon refused is listed as refused by Amazon, in every language the merchant reads",
          arguments: [(Language.english, "1 refused by Amazon", "refused"), (.german, "1 von Amazon abgelehnt", "abgelehnt"),
                      (.thai, "Amazon ปฏิเสธ 1", "ถูกปฏิเสธ")])
    func amazonsRefusalListed(language: Language, title: String, state: String) throws {
        // R29
        try Language.$override.withValue(language) {
            let f = try ConsoleFixture(size: Size(rows: 30, columns: 100))
            let message = try #require(try f.store.openOutbox(kind: .inventory).first)
            try f.store.updateOutbox(ids: [message.id], state: .failed, error: "HTTP 400: SKU not found", countAttempt: true, at: ConsoleFixture.now)
            f.program.send(.dataChanged)
            f.press(.character("5"))
            #expect(f.text.contains(title))
            let row = try #require(f.text.split(separator: "\n").first { $0.contains(message.subject) && $0.contains(state) })
            #expect(!row.isEmpty)
            #expect(f.text.contains("↳ HTTP 400: SKU not found"))
        }
    }

    @Test("nothing waiting and nothing failed: the pane says both, and no more")
    func nothingWaitingNothingRefused() throws {
        let f = try ConsoleFixture(size: Size(rows: 30, columns: 100))
        let open = try f.store.openOutbox()
        try f.store.updateOutbox(ids: open.map(\.id), state: .done, at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        f.press(.character("5"))
        #expect(f.text.contains("Nothing waiting for Amazon, and nothing refused in the last 7 days."))
    }

    @Test("the Refunds totals never cut an amount: the long words only where the whole line fits (R23)",
          arguments: [Language.english, .german, .thai], [80, 100, 120, 160])
    func refundTotalsWhole(language: Language, columns: Int) throws {
        // R23: what was refunded on Amazon is on the line, apart from the console's own, whatever the width.
        try Language.$override.withValue(language) {
            let f = try RefundFixture.console(size: Size(rows: 30, columns: columns))
            f.press(.character("3"))
            let line = try #require(f.text.split(separator: "\n").first { $0.hasPrefix("EUR ") })
            let onAmazon = tr("refunds.totals.on-amazon", "").trimmingCharacters(in: .whitespaces)
            let onAmazonWide = tr("refunds.totals.on-amazon.wide", "").trimmingCharacters(in: .whitespaces)
            #expect(line.contains(onAmazon) || line.contains(onAmazonWide), "\(line)")
            #expect(!line.contains("…"), "\(line)")
            // The amount itself closes the line, whole.
            #expect(line.trimmingCharacters(in: .whitespaces).last?.isNumber == true, "\(line)")
        }
    }
}
