import Foundation
import MerchantTestSupport
import Testing

/// `merchant label` in a terminal asks before it spends money, as `refund` and `cancel` do, and takes the answer
/// in the merchant's language (j/ja in German); anything else buys nothing.
@Suite("The label command asks in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct LabelQuestionTests {
    static let german = "LANG=de_DE.UTF-8 LANGUAGE= LC_ALL= LC_MESSAGES= "

    @Test("the question names service, price and order; n buys nothing, j buys the label")
    func asksThenBuysOnJa() throws {
        // R30: a declined question changes nothing.
        let m = MerchantBinary()
        let shop = ShopFolder(home: m.home)
        let id = try m.paidOrder()
        let answer = try #require(try m.json("rates", id, "--json") as? JSONObject)
        let offer = try #require((answer["rates"] as? [JSONObject])?.first { $0["carrier"] as? String == "DHL Paket" })
        let rate = try #require(offer["rateId"] as? String)

        let declined = try TmuxSession(command: m.shellCommand("label \(id) --rate \(rate)", environment: Self.german), columns: 160, rows: 10)
        let question = try declined.waitFor("[j/N]")
        #expect(question.contains("DHL Paket für 4,99 € für die Bestellung \(id)"), "\(question)")
        try declined.send("n", "Enter")
        try declined.waitFor("Es wurde nichts gekauft.")
        _ = try declined.waitForExit()  // the status tmux may not collect; no label below is the proof
        #expect(try shop.sql(shop.storePath, "SELECT COUNT(*) FROM label").first == ["0"])

        let accepted = try TmuxSession(command: m.shellCommand("label \(id) --rate \(rate)", environment: Self.german), columns: 160, rows: 10)
        try accepted.waitFor("[j/N]")
        try accepted.send("j", "Enter")
        try accepted.waitFor("Versandetikett gekauft", seconds: 60)
        _ = try accepted.waitForExit()  // tmux does not always collect the status of a pane that ended; the label below is the proof
        #expect(try shop.sql(shop.storePath, "SELECT state FROM label").first == ["saved"])
    }
}
