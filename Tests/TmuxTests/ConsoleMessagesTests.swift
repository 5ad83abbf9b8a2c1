import Foundation
import MerchantTestSupport
import Testing

/// What the console says of a sync, in a real terminal: the message that a sync is running gives way to what it
/// did once it ends (R3), and nothing on screen carries a rule id (`TmuxSession.capture` checks every screen).
@Suite("Console messages in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleMessagesTests {
    @Test("R3: R says 'Syncing with Amazon…', and the end of the sync replaces it with what it brought")
    func syncMessageDoesNotOutliveTheSync() throws {
        let m = MerchantBinary()
        // No background sync for an hour after the first: the one that brings the order is the merchant's R.
        let tmux = try ConsoleLiveTests.open(m, interval: "1h")
        let id = try m.ok("sim", "place", "--sku", "TEE-MATCHA-100", "--buyer", "Sync Sabine").trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.send("R")
        let done = try tmux.waitFor("Sync done: 1 new order")
        #expect(!done.contains("Syncing with Amazon"))
        #expect(done.contains(id))
        // The message stays until the next key, and no stale one comes back.
        try tmux.send("j")
        let after = try tmux.waitUntil("the message gone after a key") { !$0.contains("Sync done") }
        #expect(!after.contains("Syncing"))
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
