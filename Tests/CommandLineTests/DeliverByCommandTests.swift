import Foundation
import MerchantTestSupport
import Testing

/// `merchant order ID` shows the delivery window Amazon promised the buyer, in text and in JSON.
@Suite("The buyer's deliver-by date on the command line", .serialized, .ownThread)
struct DeliverByCommandTests {
    static func utc(_ iso: String) throws -> String {
        let date = try #require(ISO8601DateFormatter().date(from: iso))
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: date) + " UTC"
    }

    @Test func theOrderShowsWhenItMustReachTheBuyer() throws {
        let m = MerchantBinary()
        let id = try m.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines)
        let pending = try m.ok("sim", "place", "--sku", "MUG-BLAU-350", "--pending").trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("sync")

        let order = try #require(try m.json("order", id, "--json") as? JSONObject)
        let latest = try #require(order["latestDeliveryDate"] as? String)
        let earliest = try #require(order["earliestDeliveryDate"] as? String)
        let shipBy = try #require(order["latestShipDate"] as? String)
        #expect(earliest > shipBy && latest >= earliest, "the window follows the ship-by date")

        let text = try m.ok("order", id)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Deliver by:") }, "\(text)")
        let window = "\(try Self.utc(latest)) (window from \(try Self.utc(earliest)))"
        #expect(line.dropFirst("Deliver by:".count).trimmingCharacters(in: .whitespaces) == window)

        // A pending order has no window yet: the key is there, its value null, and the text says nothing of it.
        let waiting = try #require(try m.json("order", pending, "--json") as? JSONObject)
        #expect(waiting.keys.contains("latestDeliveryDate") && waiting["latestDeliveryDate"] is NSNull)
        let pendingText = try m.ok("order", pending)
        #expect(!pendingText.contains("Deliver by"))
        // The list carries the same keys.
        let listed = try #require(try m.json("orders", "--json") as? [JSONObject])
        #expect(listed.first { $0["amazonOrderId"] as? String == id }?["latestDeliveryDate"] as? String == latest)
    }
}
