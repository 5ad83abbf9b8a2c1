import Foundation
import MerchantTestSupport
import Testing

/// Buying a label from the console with keys only: the built binary in tmux over the demo data folder, then the
/// order read back with `merchant order ID`.
@Suite("Buying a label from the console in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleLabelTests {
    @Test("s, ^T, Enter, y, Enter: the label is bought through Amazon and the order shows its package with the label's tracking number")
    func buyALabelWithKeys() throws {
        // R29: queued with its outbox message, bought once; R13: the package carries the carrier's tracking number.
        let m = MerchantBinary()
        let id = try m.paidOrder()

        let tmux = try TmuxSession.console(m)
        try tmux.findOrder(id)
        try tmux.send("s")
        try tmux.waitFor("^T buys a label")
        try tmux.send("C-t")
        try tmux.waitFor(all: ["DHL Paket", "cheapest"])
        try tmux.send("Enter")
        try tmux.waitFor("for 4")  // "Buy Hermes Paket for 4.29 EUR?", with No chosen
        try tmux.send("y")
        try tmux.send("Enter")
        try tmux.waitFor("Label bought", seconds: 60)
        try tmux.send("q")
        _ = try tmux.waitForExit()

        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        let packages = try #require(amazon["packages"] as? [JSONObject])
        #expect(packages.count == 1)
        let tracking = try #require(packages.first?["trackingNumber"] as? String)
        let order = try m.ok("order", id)
        #expect(order.contains(tracking), "merchant order \(id) shows \(tracking):\n\(order)")
        let labels = try FileManager.default.contentsOfDirectory(atPath: m.home.appendingPathComponent("labels").path)
        #expect(labels.count == 1 && labels[0].hasPrefix(id))
    }
}
