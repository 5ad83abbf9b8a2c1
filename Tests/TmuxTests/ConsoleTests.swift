import Foundation
import MerchantTestSupport
import Testing

/// The console run as a merchant runs it: the built binary in a terminal (tmux), keys in, screen out.
@Suite("The console in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleTests {
    @Test("open on a fresh folder, switch panes, toggle import pending (stored), resize, quit with q")
    func consoleSession() throws {
        let m = MerchantBinary()
        // The console is the pane's own process: when it ends, tmux says so with its exit status.
        let tmux = try TmuxSession.console(m)
        // The background sync ran.
        try tmux.waitForFinishedSync()

        try tmux.send("4")
        try tmux.waitFor("[ ] Import pending orders")
        try tmux.send("j", "Space")
        // R28: stored at once, and the console says so.
        try tmux.waitFor("Saved: Import pending orders is on")
        let settings = try #require(try m.json("settings", "show", "--json") as? [String: Any])
        #expect(settings["import-pending"] as? String == "on")

        try tmux.send("Tab")
        try tmux.waitFor("Waiting for Amazon")
        try tmux.resize(columns: 80, rows: 24)
        try tmux.send("1")
        let small = try tmux.waitFor(all: ["Orders · filter all", "outbox:"])
        let lines = small.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.contains("outbox:") })  // the status line is drawn for the new size

        try tmux.send("q")
        // The process ended; tmux does not always collect the status before it marks the pane dead.
        let status = try tmux.waitForExit()
        #expect(status == nil || status == 0)
    }

    @Test("merchant alone, not in a terminal, prints the overview as before")
    func notATerminal() throws {
        let m = MerchantBinary()
        let result = try m.run([])
        #expect(result.status == 0)
        #expect(result.stdout.contains("Last sync:"))
    }
}
