import Foundation
import MerchantTestSupport
import Testing

/// A data folder made by a command (not by the console's first run): it starts empty, with no demo trading, and
/// `merchant order` links each order to Seller Central and its tracking page.
@Suite("A folder made by a command", .serialized, .ownThread)
struct PlainFolderCommandTests {
    @Test("an account not created by the console's first run has no demo trading: settings show omits it, set refuses it")
    func plainAccountHasNoTrading() throws {
        let m = MerchantBinary()
        let text = try m.ok("settings", "show")
        #expect(!text.contains("demo-trading"))
        let settings = try #require(try m.json("settings", "show", "--json") as? JSONObject)
        #expect(settings["demo-trading"] == nil)
        let refused = try m.run("settings", "set", "demo-trading", "on")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("demo shop"))
        #expect(try m.json("orders", "--json") is [Any])
    }

    @Test("merchant order shows the Seller Central link of its marketplace (.de, .co.jp) and a shipped package's tracking page")
    func orderLinks() throws {
        let m = MerchantBinary()
        let de = try m.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines)
        let jp = try m.ok("sim", "place", "--sku", "TEE-MATCHA-100", "--marketplace", "A1VC38T7YXB528", "--buyer", "山田太郎")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("sync")
        #expect(try m.ok("order", de).contains("Seller Central: https://sellercentral.amazon.de/orders-v3/order/\(de)"))
        #expect(try m.ok("order", jp).contains("Seller Central: https://sellercentral.amazon.co.jp/orders-v3/order/\(jp)"))
        try m.ok("ship", jp, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        // One sync confirms the shipment at Amazon, the next reads Amazon's package back.
        try m.ok("sync")
        try m.ok("sync")
        #expect(try m.ok("order", jp).contains("track: https://www.ups.com/track?tracknum=1Z5R89390357567127"))
        #expect(!(try m.ok("order", de)).contains("track:"))
    }
}
