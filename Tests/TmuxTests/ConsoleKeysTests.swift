import Foundation
import MerchantTestSupport
import Testing

/// Home, End, PgUp and PgDn in tmux under the TERMs merchants have: tmux sends `ESC [ 1 ~` and `ESC [ 4 ~`,
/// which xterm's terminfo entry does not know, so curses handed them over byte by byte and End's `4` opened
/// Settings (issue 13). The console reads them whole whatever TERM says.
@Suite("Keys in a terminal, whatever TERM says", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleKeysTests {
    /// A folder with more orders than a screen holds, synced, its console syncing no more while keys are pressed.
    static func folder() throws -> MerchantBinary {
        let m = MerchantBinary()
        try m.ok("sim", "advance", "--minutes", "600")
        try m.ok("sync")
        try m.ok("settings", "set", "sync-interval", "1h")
        // Where the demo keeps trading while the console is open, it must not here: new rows would move the selection.
        _ = try? m.run("settings", "set", "demo-trading", "off")
        return m
    }

    /// The console on such a folder under `term`, once its first sync has finished.
    static func open(_ m: MerchantBinary, term: String) throws -> TmuxSession {
        let tmux = try TmuxSession.console(m, environment: "env TERM=\(term) ")
        try tmux.waitForFinishedSync()
        return tmux
    }

    @Test("Home, End, PgDn, PgUp move the selection in Orders and never change the pane",
          arguments: ["xterm-256color", "screen-256color", "tmux-256color"])
    func navigationKeys(term: String) throws {
        let m = try Self.folder()
        let tmux = try Self.open(m, term: term)
        let first = try Self.waitForList(tmux, "the first screenful") { $0.rows.count > 10 }
        #expect(first.rows.count > 10, "a screenful of orders")
        #expect(first.selected == 0)

        // End: the list's last window, its last row selected; the oldest order.
        try tmux.send("End")
        try Self.waitForList(tmux, "End selects the last row") { $0.selected == $0.rows.count - 1 && $0.rows.last != first.rows.last }
        // Home: back to the first window, its first row.
        try tmux.send("Home")
        let home = try Self.waitForList(tmux, "Home selects the first row") { $0.selected == 0 && $0.rows == first.rows }
        #expect(home.rows.first == first.rows.first)
        // PgDn: the next page, starting right after the rows that were on screen.
        try tmux.send("NPage")
        let down = try Self.waitForList(tmux, "PgDn shows the next page") { $0.rows.count == first.rows.count && !first.rows.contains($0.rows.first ?? "") }
        #expect(Set(down.rows).isDisjoint(with: first.rows), "the page after the one shown")
        #expect(down.selected == 0)
        // PgUp: back to the first page.
        try tmux.send("PPage")
        let up = try Self.waitForList(tmux, "PgUp shows the first page again") { $0.rows == first.rows }
        #expect(up.selected == 0)

        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("an unknown sequence (F13, bracketed paste) is swallowed whole: no key of it reaches the console")
    func unknownSequence() throws {
        let m = try Self.folder()
        let tmux = try Self.open(m, term: "xterm-256color")
        // `ESC [ 2 5 ~` (F13) and `ESC [ 2 0 0 ~`: a `2` leaking out would open Pending, a `~` complain.
        try tmux.tmux(["send-keys", "-t", tmux.name, "-H", "1b", "5b", "32", "35", "7e", "1b", "5b", "32", "30", "30", "7e"])
        try tmux.send("j")
        try Self.waitForList(tmux, "j moved the selection after the sequences") { $0.selected == 1 }
        let screen = try tmux.capture()
        #expect(screen.contains("Orders · filter all"))
        #expect(!screen.contains("does nothing here"))
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("Ctrl-Z gives the terminal back to the shell; fg brings the console back, drawn whole, its keys working")
    func suspend() throws {
        let m = try Self.folder()
        // A shell with job control, as a merchant's terminal has, runs the console.
        let tmux = try TmuxSession(command: "env PS1='shell$ ' bash --norc --noprofile -i", columns: 100, rows: 30)
        try tmux.waitFor("shell$")
        try tmux.send("TERM=xterm-256color '\(MerchantBinary.executable.path)' --home '\(m.home.path)'", "Enter")
        try tmux.waitFor("Orders · filter all")
        try tmux.send("j", "j")
        try Self.waitForList(tmux, "j j") { $0.selected == 2 }
        try tmux.send("C-z")
        let shell = try tmux.waitFor("Stopped")
        #expect(!shell.contains("Orders · filter all"), "the console's screen is gone while it is stopped")
        try tmux.send("fg", "Enter")
        try tmux.waitFor(all: ["Orders · filter all", "ORDER", "? help"])
        // Where it was, and the keys still read whole (curses mode is back).
        try Self.waitForList(tmux, "the selection kept") { $0.selected == 2 }
        try tmux.send("End")
        try Self.waitForList(tmux, "End after fg") { $0.selected == $0.rows.count - 1 && ($0.selected ?? 0) > 2 }
        try tmux.send("q")
        try tmux.waitFor("shell$")
    }

    /// The order rows on screen and which of them is selected (drawn in reverse), read from a styled capture.
    struct ListOnScreen: Equatable {
        var rows: [String]
        var selected: Int?
    }

    static func list(_ tmux: TmuxSession) throws -> ListOnScreen {
        let styled = try tmux.captureStyled()
        var rows: [String] = []
        var selected: Int?
        for line in styled.split(separator: "\n", omittingEmptySubsequences: false) {
            guard let (id, reversed) = orderId(in: Substring(line)) else { continue }
            if reversed { selected = rows.count }
            rows.append(id)
        }
        return ListOnScreen(rows: rows, selected: selected)
    }

    /// Waits until the list satisfies `condition` in two captures running, the same list in both; every
    /// capture on the way must still be the Orders pane. One capture is not enough: curses moves a page by
    /// scrolling the lines it keeps and then writing the rest, and a busy machine was caught in between
    /// (a fresh-clone CI run read PgDn's page as the first one moved up by two rows).
    @discardableResult
    static func waitForList(_ tmux: TmuxSession, _ what: String, _ condition: (ListOnScreen) -> Bool) throws -> ListOnScreen {
        let deadline = Date().addingTimeInterval(30)
        var list = try self.list(tmux)
        var previous: ListOnScreen?
        while Date() < deadline {
            let screen = try tmux.capture()
            // The pane never changes, and no key of a sequence complains.
            #expect(screen.contains("Orders · filter all"), "\(what): the pane changed:\n\(screen)")
            #expect(!screen.contains("does nothing here") && !screen.contains("not here"), "\(what): a stray key:\n\(screen)")
            guard screen.contains("Orders · filter all") else { throw E2EError("\(what): left the Orders pane") }
            list = try self.list(tmux)
            if condition(list), list == previous { return list }
            previous = condition(list) ? list : nil
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("\(what) never happened; the list showed \(list)")
    }

    /// The Amazon order id in a styled line, and whether it is drawn in reverse (the selected row).
    static func orderId(in line: Substring) -> (String, Bool)? {
        var reverse = false
        var i = line.startIndex
        var plain = ""
        var reverseAt: [Bool] = []
        while i < line.endIndex {
            if line[i] == "\u{1B}", line.index(after: i) < line.endIndex, line[line.index(after: i)] == "[" {
                let start = line.index(i, offsetBy: 2)
                guard let end = line[start...].firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
                if line[end] == "m" {
                    var parameters = line[start..<end].split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
                    if parameters.isEmpty { parameters = [0] }
                    var k = 0
                    while k < parameters.count {
                        switch parameters[k] {
                        case 0: reverse = false
                        case 7: reverse = true
                        case 27: reverse = false
                        // 38;5;n and 38;2;r;g;b: a colour's numbers are not attributes.
                        case 38, 48: k += parameters.count > k + 1 && parameters[k + 1] == 2 ? 4 : 2
                        default: break
                        }
                        k += 1
                    }
                }
                i = line.index(after: end)
                continue
            }
            plain.append(line[i])
            reverseAt.append(reverse)
            i = line.index(after: i)
        }
        guard let match = plain.range(of: #"[0-9]{3}-[0-9]{7}-[0-9]{7}"#, options: .regularExpression) else { return nil }
        let offset = plain.distance(from: plain.startIndex, to: match.lowerBound)
        return (String(plain[match]), reverseAt[offset])
    }
}
