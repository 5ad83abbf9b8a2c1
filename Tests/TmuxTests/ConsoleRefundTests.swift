import Foundation
import MerchantTestSupport
import Testing

/// Refunding from the console, as a merchant does it: the built binary in tmux, the refund found waiting
/// by the command line afterwards and done once (simulated) Amazon has confirmed it.
@Suite("Refunding from the console in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleRefundTests {
    @Test("r on a shipped order, a reason, Yes: the refund waits for Amazon, and is done after Amazon confirms it (R20)")
    func refundThroughTheDialog() throws {
        let m = MerchantBinary()
        // A fresh home with one paid order, shipped from the command line and confirmed at Amazon.
        let id = try m.shippedOrder()

        let tmux = try TmuxSession.console(m)
        try tmux.findOrder(id)
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
        let waiting = try m.refundQueue(of: id)
        #expect(waiting.count == 1)
        #expect(waiting.first?["state"] as? String == "waiting")
        #expect(waiting.first?["reason"] as? String == "CustomerReturn")
        try m.ok("sync")
        try m.ok("sim", "advance", "--minutes", "5")
        try m.ok("sync")
        let done = try m.refundQueue(of: id)
        #expect(done.count == 1)
        #expect(done.first?["state"] as? String == "done")
    }
}
