import Testing
@testable import ConsoleUI

@Suite("The Screen grid and display widths")
struct ScreenTests {
    @Test("widths are glibc wcwidth per code point: Thai marks none, SARA AM one, CJK and emoji two")
    func widths() {
        #expect(DisplayWidth.of("Jürgen Groß") == 11)
        #expect(DisplayWidth.of("น้ำฝน ใจดี") == 8)
        #expect(DisplayWidth.of("ที่") == 1)
        #expect(DisplayWidth.of("山田太郎") == 8)
        #expect(DisplayWidth.of("😀") == 2)
    }

    @Test("a wide character leaves a continuation cell; marks stay in their base cell")
    func cells() {
        var screen = Screen(rows: 1, columns: 12)
        screen.put("山a", row: 0, column: 0)
        #expect(screen.cell(row: 0, column: 1).isContinuation)
        #expect(screen.cell(row: 0, column: 2).text == "a")
        screen.put("น้ำ", row: 0, column: 4)
        // น + MAI THO in one cell, SARA AM in the next: SARA AM takes a column of its own.
        #expect(screen.cell(row: 0, column: 4).text == "น\u{0E49}")
        #expect(screen.cell(row: 0, column: 5).text == "\u{0E33}")
        #expect(screen.column(of: "ำ", row: 0) == 5)
    }

    @Test("a wide character that does not fit is left out and the cut shown by …; overwriting half of one mends the other half")
    func clipping() {
        var screen = Screen(rows: 1, columns: 5)
        #expect(screen.put("ab山田", row: 0, column: 0, width: 5) == 5)
        #expect(screen.text(row: 0) == "ab山…")
        screen.put("x", row: 0, column: 3)
        #expect(screen.text(row: 0) == "ab x…")
    }

    @Test("text cut to fit ends in …, a wide character before the cut gives way to it; spaces cut off are not a cut")
    func cutTextEndsInEllipsis() {
        func drawn(_ text: String, width: Int? = nil) -> String {
            var screen = Screen(rows: 1, columns: 6)
            screen.put(text, row: 0, column: 0, width: width)
            return screen.text(row: 0)
        }
        #expect(drawn("Müller-Lüdenscheidt") == "Mülle…")
        #expect(drawn("山田太郎", width: 5) == "山田… ")
        #expect(drawn("山田太郎") == "山田… ")
        #expect(drawn("ab     ", width: 3) == "ab    ")
        #expect(drawn("abcd  ", width: 3) == "ab…   ")
    }

    @Test("an escape sequence in a name is drawn inert")
    func inert() {
        var screen = Screen(rows: 1, columns: 30)
        screen.put("Eve\u{1B}[2J\u{202E}x\u{9B}", row: 0, column: 0)
        #expect(screen.text == "Eve\\u{1b}[2J\\u{202e}x\\u{9b}")
        for run in screen.runs(row: 0) { #expect(!run.text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) }
    }

    @Test("every code point a terminal acts on is shown as a visible escape: NUL, C0, DEL, all of C1, bidi overrides and isolates")
    func inertEveryControl() {
        let controls = Array(0x00...0x1F) + [0x7F] + Array(0x80...0x9F) + Array(0x202A...0x202E) + Array(0x2066...0x2069) + [0x200E, 0x200F, 0x061C]
        for v in controls {
            let scalar = Unicode.Scalar(UInt32(v))!
            let made = InertText.make("a\(Character(scalar))b")
            #expect(made == "a\\u{\(String(v, radix: 16))}b", "U+\(String(v, radix: 16))")
            #expect(InertText.mustEscape(scalar))
            // Inert text is inert again unchanged: output made inert twice shows the same.
            #expect(InertText.make(made) == made)
        }
        var screen = Screen(rows: 1, columns: 60)
        screen.put("\u{0}\u{1B}]0;pwned\u{07}\u{9B}2J\u{2066}x", row: 0, column: 0)
        #expect(screen.text == "\\u{0}\\u{1b}]0;pwned\\u{7}\\u{9b}2J\\u{2066}x")
    }

    @Test("emoji sequences keep their first emoji; flags become letters")
    func emoji() {
        #expect(InertText.make("👨\u{200D}👩\u{200D}👧 Fam") == "👨 Fam")
        #expect(InertText.make("👍🏽 ok") == "👍 ok")
        #expect(InertText.make("🇩🇪") == "DE")
        #expect(InertText.make("❤\u{FE0F}") == "❤")
    }

    @Test("text is padded and cut by display width")
    func fit() {
        #expect(TextFit.pad("山田太郎", 6) == "山田… ")
        #expect(DisplayWidth.of(TextFit.pad("น้ำฝน ใจดี", 12)) == 12)
        #expect(TextFit.right("9.99", 6) == "  9.99")
    }
}
