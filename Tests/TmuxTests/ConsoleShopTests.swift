import Foundation
import MerchantTestSupport
import Testing

/// FBA for the web shop from the console, as a merchant does it: the switch in Settings, a shop order,
/// Amazon fulfilling it while simulated time passes, and the Shop pane showing Amazon's tracking number.
@Suite("The Shop pane in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleShopTests {
    @Test("FBA switched on in Settings, a shop order, syncs: pane 6 shows it Complete with a TBA number (R26, R27)")
    func fbaShopOrderInThePane() throws {
        let m = MerchantBinary()
        try m.ok("sync")
        // R27: Amazon needs stock of the product to fulfil it.
        try m.ok("sim", "fba-stock", "MUG-BLAU-350", "10")
        try m.ok("sync")

        // R26: FBA is switched per product, in Settings (4): the switches, the interval, then the products by SKU.
        let catalog = try #require(try m.json("catalog", "--json") as? [JSONObject])
        let skus = catalog.compactMap { ($0["product"] as? JSONObject)?["sku"] as? String }
        let index = try #require(skus.firstIndex(of: "MUG-BLAU-350"), "the demo catalog has MUG-BLAU-350: \(skus)")
        var tmux = try TmuxSession.console(m, columns: 160, rows: 40)
        try tmux.send("4")
        try tmux.waitFor("Products")
        for _ in 0..<(6 + index) { try tmux.send("j") }  // past the switches, the interval, the language and the label format
        try tmux.send("Space")
        try tmux.waitFor("Switch MUG-BLAU-350")
        try tmux.send("y", "Enter")
        try tmux.waitFor("Saved: MUG-BLAU-350 is fulfilled by Amazon (FBA)")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        let reference = try m.shopOrder(sku: "MUG-BLAU-350", name: "山田太郎")
        #expect(reference.hasPrefix("SHOP-"))
        try m.ok("sync")
        try m.ok("sim", "advance", "--minutes", "420")
        try m.ok("sync")
        let orders = try #require(try m.json("shop", "orders", "--json") as? [JSONObject])
        let order = try #require(orders.first { $0["reference"] as? String == reference })
        let tracking = try #require((order["fulfillment"] as? JSONObject)?["trackingNumber"] as? String)
        #expect(tracking.hasPrefix("TBA"))

        tmux = try TmuxSession.console(m, columns: 160, rows: 40)
        try tmux.send("6")
        // The title and the order's row in one capture: a frame is written in pieces.
        let screen = try tmux.waitFor(all: ["Shop orders · newest first", "\n\(reference) "])
        let row = try #require(screen.split(separator: "\n").first { $0.hasPrefix(reference) }, "\(reference) in the pane:\n\(screen)")
        #expect(row.contains("山田太郎"))
        #expect(row.contains("1× MUG-BLAU-350"))
        #expect(row.contains("Amazon: Complete DHL \(tracking)"), "the row: \(row)")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
