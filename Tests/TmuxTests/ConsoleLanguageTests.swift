import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// The console in the merchant's language, as a terminal shows it: chosen by `LANG` alone on a machine that has
/// no such locale installed, its words from the catalogue, its columns in line, and shipping by the same keys.
@Suite("The console in German and in Thai, in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleLanguageTests {
    @Test("LANG=de_DE.UTF-8 and LANG=th_TH.UTF-8: tabs, title and footer in the language, columns in line, s ships (R13)",
          arguments: [(Language.german, "de_DE.UTF-8"), (Language.thai, "th_TH.UTF-8")])
    func shipInTheLanguage(language: Language, lang: String) throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        // The words the console must show, read from the same catalogue in the test's own task.
        let words = Language.$override.withValue(language) {
            (tab: " 1 \(tr("frame.tab.orders")) ", help: tr("frame.key.help.hint"), order: tr("orders.column.order"), buyer: tr("orders.column.buyer"),
             found: tr("orders.title.search", id, tr("orders.count", 1)), dialog: tr("dialog.ship.title"), valid: tr("dialog.tracking.valid"),
             english: "Orders · filter all")
        }
        // As a merchant's terminal has it: LANG alone (the tmux fixture sets LC_ALL for tmux itself).
        let tmux = try TmuxSession(command: m.shellCommand(environment: "env -u LC_ALL LANG=\(lang) "), columns: 100, rows: 30)
        let screen = try tmux.waitFor(all: [words.tab, "? \(words.help)"])
        #expect(!screen.contains(words.english), "an English title in \(lang):\n\(screen)")

        // The order's id and buyer start under their headers, measured in terminal columns.
        let lines = screen.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.contains(words.order) && $0.contains(words.buyer) }, "no header row:\n\(screen)")
        let row = try #require(lines.first { $0.contains(id) }, "no row of \(id):\n\(screen)")
        #expect(Self.column(of: id, in: row) == Self.column(of: words.order, in: header))
        let buyerColumn = try #require(Self.column(of: words.buyer, in: header))
        // A buyer's name begins exactly there: a space before it, a letter at it.
        #expect(Self.columnStarting(at: buyerColumn, in: row)?.first?.isWhitespace == false, "nothing under \(words.buyer):\n\(header)\n\(row)")
        #expect(Self.columnStarting(at: buyerColumn - 1, in: row)?.first == " ", "the buyer does not start under \(words.buyer):\n\(header)\n\(row)")

        // Shipping by the same keys as in English: find it, s, UPS, the number, Enter.
        try tmux.send("/")
        try tmux.send("-l", id)
        try tmux.send("Enter")
        try tmux.waitFor(words.found)
        try tmux.send("s")
        try tmux.waitFor(String(words.dialog.prefix { $0 != "·" }).trimmingCharacters(in: .whitespaces))
        try tmux.send("Up", "u", "Tab")
        try tmux.send("-l", "1Z5R89390357567127")
        try tmux.waitFor(words.valid)
        try tmux.send("Enter")
        try tmux.waitFor("UPS 1Z5R89390357567127")
        try tmux.send("q")
        _ = try tmux.waitForExit()
        let local = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect(local["localStatus"] as? String == "shipped")
    }

    /// The terminal column where `text` starts in `line`: the display width of what comes before it.
    static func column(of text: String, in line: String) -> Int? {
        line.range(of: text).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
    }

    /// What `line` shows from terminal column `column` on.
    static func columnStarting(at column: Int, in line: String) -> Substring? {
        var width = 0
        for index in line.indices {
            if width == column { return line[index...] }
            width += DisplayWidth.of(String(line[index]))
            if width > column { return nil }
        }
        return nil
    }
}
