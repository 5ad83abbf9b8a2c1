import ConsoleUI
import MerchantTestSupport
import Testing

/// German, Thai, Japanese and emoji names keep every column in place; feed text is drawn inert.
@Suite("Unicode rows line up")
struct TextAlignmentTests {
    @Test("the field after the buyer starts at the same display column on every row", arguments: [(24, 80), (48, 160), (30, 100)])
    func columnsLineUp(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        let screen = f.screen
        let names = ["Jürgen Groß", "น้ำฝน ใจดี", "สมชาย ที่ดี", "山田太郎", "Zoë 😀 Müller", "Eve"]
        var nameColumns: Set<Int> = []
        var shipByColumns: Set<Int> = []
        var found = 0
        for row in 0..<screen.rows {
            guard let name = names.first(where: { screen.column(of: $0, row: row) != nil }) else { continue }
            found += 1
            nameColumns.insert(screen.column(of: name, row: row)!)
            // Every one of these orders is due in three days: the ship-by field follows the buyer.
            shipByColumns.insert(try #require(screen.column(of: "in 3d", row: row), "row \(row) has its ship-by"))
        }
        #expect(found == names.count)
        #expect(nameColumns.count == 1)
        #expect(shipByColumns.count == 1, "ship-by columns: \(shipByColumns)")
    }

    @Test("an escape sequence in a buyer name is drawn inert, in the list and in the detail")
    func escapeIsInert() throws {
        let f = try ConsoleFixture(size: Size(rows: 48, columns: 160))
        #expect(f.text.contains("Eve\\u{1b}[2J\\u{1b}]0;pwned\\u{7}"))
        for _ in 0..<5 { f.press(.character("j")) }
        f.press(.enter)
        #expect(f.text.contains("Buyer Eve\\u{1b}[2J"))
        for row in 0..<f.screen.rows {
            for run in f.screen.runs(row: row) {
                #expect(!run.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
    }

    @Test("a window narrower than 80 columns hides columns instead of wrapping")
    func narrow() throws {
        let f = try ConsoleFixture(size: Size(rows: 24, columns: 60))
        for line in f.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 60) }
        #expect(f.text.contains("302-0000001-0000001"))
    }
}
