import Foundation
import MerchantTestSupport
import Testing

/// The mouse in a terminal: the console asks the terminal for clicks and the wheel (tmux then reports the
/// pane's mouse mode), reads them through curses, and `--no-mouse` leaves the mouse to the terminal.
@Suite("The mouse in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleMouseTests {
    /// Whether the program in the pane asked the terminal for mouse reports.
    static func mouseRequested(_ tmux: TmuxSession) throws -> Bool {
        try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{mouse_any_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines) == "1"
    }

    /// What an xterm sends for a mouse event at a 0-based cell (SGR 1006 reporting): button 0 the left,
    /// pressed and released (a click), 64 and 65 a turn of the wheel.
    static func send(_ tmux: TmuxSession, button: Int, row: Int, column: Int) throws {
        let at = "\(button);\(column + 1);\(row + 1)"
        let report = button == 0 ? "\u{1B}[<\(at)M\u{1B}[<\(at)m" : "\u{1B}[<\(at)M"
        let bytes = Array(report.utf8).map { String(format: "%02x", $0) }
        try tmux.tmux(["send-keys", "-t", tmux.name, "-H"] + bytes)
    }

    @Test("a click selects the row under it and opens the tab under it; the wheel moves the selection")
    func clicksAndWheel() throws {
        let m = try ConsoleKeysTests.folder()
        let tmux = try ConsoleKeysTests.open(m, term: "xterm-256color")
        #expect(try Self.mouseRequested(tmux))
        let first = try ConsoleKeysTests.list(tmux)
        #expect(first.selected == 0)
        // The fifth order's row: its line on screen.
        let lines = try tmux.capture().split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(lines.firstIndex { $0.contains(first.rows[4]) })
        try Self.send(tmux, button: 0, row: row, column: 30)
        try ConsoleKeysTests.waitForList(tmux, "a click selected the fifth row") { $0.selected == 4 }
        try Self.send(tmux, button: 65, row: row, column: 30)
        try ConsoleKeysTests.waitForList(tmux, "the wheel moved three rows down") { $0.selected == 7 }
        try Self.send(tmux, button: 64, row: row, column: 30)
        try ConsoleKeysTests.waitForList(tmux, "the wheel moved three rows up") { $0.selected == 4 }
        // The Settings tab on the first line.
        let column = try #require(lines[0].range(of: "4 Settings").map { lines[0].distance(from: lines[0].startIndex, to: $0.lowerBound) })
        try Self.send(tmux, button: 0, row: 0, column: column + 2)
        try tmux.waitFor("Switches ·")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("--no-mouse, on `merchant console` and on `merchant` alone, leaves the mouse to the terminal",
          arguments: [["console", "--no-mouse"], ["--no-mouse"], []])
    func noMouse(arguments: [String]) throws {
        let m = MerchantBinary()
        let tmux = try TmuxSession.console(m, arguments: arguments.joined(separator: " "))
        #expect(try Self.mouseRequested(tmux) == arguments.isEmpty)
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
