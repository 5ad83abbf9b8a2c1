import Foundation
import MerchantTestSupport
import Testing

/// Shipping from the console, as a merchant does it: the built binary in tmux, the order found shipped
/// by the command line afterwards and confirmed at (simulated) Amazon by the next sync.
@Suite("Shipping from the console in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleShipTests {
    @Test("s on a paid order, UPS and a valid tracking number, Enter: shipped, and Amazon hears of it (R13)")
    func shipThroughTheDialog() throws {
        let m = MerchantBinary()
        // A fresh home with one paid order placed at simulated Amazon and synced in.
        let id = try m.paidOrder()

        let tmux = try TmuxSession.console(m)
        try tmux.findOrder(id)
        try tmux.send("s")
        try tmux.waitFor("Ship order")
        // R16: the first ship dialog says where buyers' messages are.
        try tmux.waitFor("Seller Central")
        try tmux.send("Up", "u", "Tab")
        try tmux.waitFor("UPS number")
        try tmux.send("-l", "1Z5R89390357567127")
        try tmux.waitFor("✓ valid")
        try tmux.send("Enter")
        try tmux.waitFor("Shipped 1 unit of \(id) with UPS 1Z5R89390357567127")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        // R13: the store has it shipped, and the next sync confirms it at Amazon with the same number.
        try m.expectShippedAndConfirmed(id, tracking: "1Z5R89390357567127")
    }
}
