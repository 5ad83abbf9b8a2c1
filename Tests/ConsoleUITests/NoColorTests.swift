import ConsoleUI
import MerchantTestSupport
import Testing

/// `NO_COLOR`: colours go, bold and reverse stay, and what stood out by colour alone still stands out.
/// (The terminal loop draws `screen.withoutColor()` when the terminal session has no colours.)
@Suite("NO_COLOR")
struct NoColorTests {
    @Test("each style loses its colour and keeps bold, dim, reverse and underline")
    func styles() {
        let all: [Style] = [.plain, .bold, .dim, .reverse, .late, .dueToday, .warning, .good, .refusal,
                            Style(bold: true, reverse: true), Style(dim: true, underline: true, color: .cyan)]
        for style in all {
            let shown = style.withoutColor()
            #expect(shown.color == nil)
            #expect(shown.reverse == style.reverse && shown.dim == style.dim && shown.underline == style.underline)
            #expect(shown.bold || !style.bold, "bold is kept")
        }
        // R15: late and due-today ship-by deadlines, warnings and refusals still stand out: in bold.
        #expect(Style.late.withoutColor() == .bold)
        #expect(Style.dueToday.withoutColor() == .bold)
        #expect(Style.warning.withoutColor() == .bold)
        // Green and cyan only decorate text that says the same in words.
        #expect(Style.good.withoutColor() == .plain)
        #expect(Style(color: .cyan).withoutColor() == .plain)
    }

    @Test("the Orders pane without colours: no colour anywhere, the selected row reversed, LATE and due today in bold (R15)")
    func screen() throws {
        let f = try ConsoleFixture()
        let colored = f.screen
        let plain = colored.withoutColor()
        #expect(plain.text == colored.text)
        var reversedRows: Set<Int> = []
        for row in 0..<plain.rows {
            for run in plain.runs(row: row) {
                #expect(run.style.color == nil)
                if run.style.reverse { reversedRows.insert(row) }
            }
        }
        let selected = try #require((0..<plain.rows).first { plain.text(row: $0).contains("302-0000001-0000001") })
        let status = try #require((0..<plain.rows).first { plain.text(row: $0).contains("outbox:") })
        #expect(reversedRows.isSuperset(of: [0, selected, status]))  // the tab bar, the selected order, the status line
        for text in ["LATE 12h", "in 8h"] {
            let row = try #require((0..<plain.rows).first { plain.text(row: $0).contains(text) })
            let column = try #require(plain.column(of: text, row: row))
            #expect(plain.cell(row: row, column: column).style.bold, "\(text) stands out")
        }
    }
}
