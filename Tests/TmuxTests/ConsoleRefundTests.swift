import Foundation
import Testing

/// Refunding from the console, as a merchant does it: the built binary in tmux, the refund found waiting
/// by the command line afterwards and done once (simulated) Amazon has confirmed it.
@Suite("Refunding from the console in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleRefundTests {
    typealias JSONObject = [String: Any]

    /// The refund queue's entries of one order, as `merchant refunds --json` prints them.
    static func entries(_ m: MerchantBinary, _ id: String) throws -> [JSONObject] {
        let refunds = try #require(try m.json("refunds", "--json") as? JSONObject)
        return (refunds["queue"] as? [JSONObject] ?? []).filter { $0["amazonOrderId"] as? String == id }
    }

    @Test("r on a shipped order, a reason, Yes: the refund waits for Amazon, and is done after Amazon confirms it (R20)")
    func refundThroughTheDialog() throws {
        let m = MerchantBinary()
        // A fresh home with one paid order, shipped from the command line and confirmed at Amazon.
        let id = try m.ok("sim", "place", "--sku", "MUG-BLAU-350", "--quantity", "1").trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("sync")
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        try m.ok("sync")

        let tmux = try TmuxSession(command: "'\(MerchantBinary.executable.path)' --home '\(m.home.path)'", columns: 100, rows: 30)
        try tmux.waitFor("Orders · filter all")
        try tmux.send("/")
        try tmux.send("-l", id)
        try tmux.send("Enter")
        try tmux.waitFor("1 order found")
        try tmux.send("r")
        try tmux.waitFor("Refund order \(id)")
        // R22: what is still refundable is proposed, and the rules accept it as it stands.
        try tmux.waitFor("the buyer gets")
        // Reason: the first of Amazon's (CustomerReturn); then Yes.
        try tmux.send("Tab", "Right")
        try tmux.waitFor("CustomerReturn")
        try tmux.send("Tab", "y")
        try tmux.waitFor("[ Yes ]")
        try tmux.send("Enter")
        try tmux.waitFor("Refunding")
        // The Refunds pane has it waiting for Amazon.
        try tmux.send("3")
        try tmux.waitFor("Waiting for Amazon (1)")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        // R20: made in the console, sent to Amazon by the sync, done once Amazon confirms it.
        let waiting = try Self.entries(m, id)
        #expect(waiting.count == 1)
        #expect(waiting.first?["state"] as? String == "waiting")
        #expect(waiting.first?["reason"] as? String == "CustomerReturn")
        try m.ok("sync")
        try m.ok("sim", "advance", "--minutes", "5")
        try m.ok("sync")
        let done = try Self.entries(m, id)
        #expect(done.count == 1)
        #expect(done.first?["state"] as? String == "done")
    }
}
