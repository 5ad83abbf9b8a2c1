import Testing
@testable import Terminal

/// The bytes a terminal sends for a key, read as that key whatever TERM says: what curses' keypad mode
/// hands back as a raw Esc and the bytes after it (issue 13: End as `ESC [ 4 ~` under tmux with
/// TERM=xterm-256color was read as Esc, `[`, `4` (the Settings pane) and `~`).
@Suite("Escape sequences")
struct EscapeDecoderTests {
    static let esc = "\u{1B}"

    func decode(_ text: String) -> [TerminalInput] { EscapeDecoder.decode(text) }

    @Test("Home, End, PgUp, PgDn, Delete and F1 in every spelling: VT220 (ESC [ n ~), xterm (ESC [ H, ESC O H), rxvt, Linux")
    func everySpelling() {
        let spellings: [(SpecialKey, [String])] = [
            (.home, ["[1~", "[7~", "[H", "OH", "[1;5H"]),
            (.end, ["[4~", "[8~", "[F", "OF", "[1;2F"]),
            (.pageUp, ["[5~", "[5;5~"]),
            (.pageDown, ["[6~"]),
            (.delete, ["[3~"]),
            (.function(1), ["OP", "[11~", "[[A", "[1;2P"]),
            (.function(2), ["OQ", "[12~", "[[B"]),
            (.function(5), ["[15~", "[[E"]),
            (.function(10), ["[21~"]),
            (.function(12), ["[24~"]),
            (.up, ["[A", "OA"]),
            (.down, ["[B", "OB"]),
            (.right, ["[C", "OC"]),
            (.left, ["[D", "OD", "[1;3D"]),
            (.backTab, ["[Z"]),
            (.enter, ["OM"]),
        ]
        for (key, forms) in spellings {
            for form in forms {
                #expect(decode(Self.esc + form) == [.key(key)], "ESC \(form)")
            }
        }
    }

    @Test("the sequence is one key: nothing of it leaks out as a character (End's 4 would switch panes)")
    func nothingLeaks() {
        #expect(decode(Self.esc + "[4~" + Self.esc + "[1~") == [.key(.end), .key(.home)])
        #expect(decode("j" + Self.esc + "[6~k") == [.character("j"), .key(.pageDown), .character("k")])
    }

    @Test("a sequence the console has no use for is swallowed whole")
    func unknownSwallowed() {
        for unknown in ["[2~", "[200~", "[99~", "[1;5X", "[?1049h", "[<0;10;5M", "[<64;3;4m", "OX", "[I", "[O", "[M !!", "[[Z"] {
            #expect(decode(Self.esc + unknown + "x") == [.character("x")], "ESC \(unknown)")
        }
    }

    @Test("a lone Esc is Esc: nothing followed within the timeout")
    func loneEscape() {
        #expect(decode(Self.esc) == [.character("\u{1B}")])
        var decoder = EscapeDecoder()
        #expect(decoder.timedOut() == .done(.character("\u{1B}"), rest: []))
    }

    @Test("Esc then a key of its own (Esc Esc, Alt and a letter) is Esc and that key")
    func escapeThenKey() {
        #expect(decode(Self.esc + "j") == [.character("\u{1B}"), .character("j")])
        #expect(decode(Self.esc + Self.esc) == [.character("\u{1B}"), .character("\u{1B}")])
        #expect(decode(Self.esc + Self.esc + "[4~") == [.character("\u{1B}"), .key(.end)])
    }

    @Test("a sequence cut short by the timeout, or broken by a control byte, is dropped; the byte is kept")
    func cutShort() {
        #expect(decode(Self.esc + "[") == [])
        #expect(decode(Self.esc + "[1;5") == [])
        #expect(decode(Self.esc + "[4\r") == [.character("\r")])
        #expect(decode(Self.esc + "[1" + Self.esc + "[F") == [.key(.end)])
    }

    @Test("step by step, as the terminal reader feeds it")
    func stepByStep() {
        var decoder = EscapeDecoder()
        #expect(decoder.feed("[") == .more)
        #expect(decoder.feed("4") == .more)
        #expect(decoder.feed("~") == .done(.key(.end), rest: []))
    }

    @Test("a runaway sequence ends after a bounded length")
    func runaway() {
        let endless = Self.esc + "[" + String(repeating: "1", count: 100)
        #expect(decode(endless).allSatisfy { $0 == .character("1") })
        #expect(decode(endless).count < 100)
    }
}
