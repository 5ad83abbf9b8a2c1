/// Reads the bytes a terminal sends after Esc as one key, whatever TERM says.
///
///     var decoder = EscapeDecoder()          // an Esc was read
///     decoder.feed("[")                      // .more
///     decoder.feed("4")                      // .more
///     decoder.feed("~")                      // .done(.key(.end), rest: [])
///
/// curses' keypad mode knows only the sequences of TERM's terminfo entry: under tmux with
/// TERM=xterm-256color, End arrives as `ESC [ 4 ~`, which xterm's entry spells `ESC O F`, and curses
/// hands the bytes over one by one (`4` would switch to the fourth pane). This decoder takes what
/// curses hands back as a raw Esc and the bytes after it: the CSI (`ESC [`) and SS3 (`ESC O`) forms
/// of the keys the console uses are read in every spelling terminals use, any other complete
/// sequence is swallowed whole, and an Esc with nothing after it (within the reader's short
/// timeout) is the Esc key. Pure: the reader feeds it, tests feed it strings.
public struct EscapeDecoder: Sendable {
    /// What the bytes so far mean.
    public enum Step: Equatable, Sendable {
        /// The sequence goes on: read another byte (with a short timeout).
        case more
        /// The sequence is over: the key it names (Esc itself is `.character("\u{1B}")`), or nil when it
        /// names nothing the console uses and is dropped whole. `rest` are bytes that turned out not
        /// to belong to it (Esc then a letter: the letter), to be read as input of their own.
        case done(TerminalInput?, rest: [Unicode.Scalar])
    }

    /// The bytes after Esc read so far.
    private var bytes: [Unicode.Scalar] = []
    /// An X10 mouse report (`ESC [ M b x y`) carries three raw bytes after its final `M`.
    private var mouseBytesLeft = 0

    /// The longest sequence read before it is given up as garbage (and dropped).
    static let maxLength = 32

    public init() {}

    static let escape = TerminalInput.character("\u{1B}")

    /// The next byte after the Esc.
    public mutating func feed(_ scalar: Unicode.Scalar) -> Step {
        if mouseBytesLeft > 0 {
            mouseBytesLeft -= 1
            return mouseBytesLeft == 0 ? .done(nil, rest: []) : .more
        }
        guard let introducer = bytes.first else {
            switch scalar {
            case "[", "O":
                bytes.append(scalar)
                return .more
            default:
                // Esc then a key of its own (Esc Esc, or Alt with a letter): Esc, and the key after it.
                return .done(Self.escape, rest: [scalar])
            }
        }
        let v = scalar.value
        // Anything but printable ASCII inside a sequence breaks it: drop what came so far, keep the byte.
        guard (0x20...0x7E).contains(v) else { return .done(nil, rest: [scalar]) }
        bytes.append(scalar)
        if bytes.count > Self.maxLength { return .done(nil, rest: []) }
        if introducer == "O" {
            // SS3: digits (a modifier some terminals put in), then one final byte.
            if (0x30...0x39).contains(v) || v == 0x3B { return .more }
            return .done(Self.ss3(scalar).map(TerminalInput.key), rest: [])
        }
        // CSI. The Linux console's F1–F5 are `ESC [ [ A` … `ESC [ [ E`: one more byte after the second `[`.
        if bytes.count == 2, scalar == "[" { return .more }
        if bytes.count == 3, bytes[1] == "[" { return .done(Self.linuxFunction(scalar).map(TerminalInput.key), rest: []) }
        switch v {
        case 0x20...0x3F:
            return .more  // parameter and intermediate bytes
        default:
            let parameters = String(String.UnicodeScalarView(bytes[1..<(bytes.count - 1)]))
            if scalar == "M", parameters.isEmpty {
                mouseBytesLeft = 3
                return .more
            }
            return .done(Self.csi(parameters, scalar).map(TerminalInput.key), rest: [])
        }
    }

    /// Nothing more came within the timeout: a lone Esc is the Esc key; a sequence cut short is dropped.
    public mutating func timedOut() -> Step {
        .done(bytes.isEmpty && mouseBytesLeft == 0 ? Self.escape : nil, rest: [])
    }

    /// The final byte of `ESC O x`.
    static func ss3(_ final: Unicode.Scalar) -> SpecialKey? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "M": .enter
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// `ESC [ parameters final`. A modifier (`1;5H`, Ctrl-Home) does not change which key it is.
    static func csi(_ parameters: String, _ final: Unicode.Scalar) -> SpecialKey? {
        let first = parameters.split(separator: ";", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        // Private parameters (`<` of a mouse report, `?`, `>`) belong to replies the console does not ask for.
        guard first.allSatisfy(\.isASCII), first.allSatisfy({ $0.isNumber }) else { return nil }
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "P": return .function(1)
        case "Q": return .function(2)
        case "R": return .function(3)
        case "S": return .function(4)
        case "~": return tilde(Int(first) ?? 0)
        default: return nil
        }
    }

    /// `ESC [ n ~`: the editing keys and the function keys, as VT220, xterm, screen, tmux and rxvt number them.
    static func tilde(_ n: Int) -> SpecialKey? {
        switch n {
        case 1, 7: .home
        case 4, 8: .end
        case 3: .delete
        case 5: .pageUp
        case 6: .pageDown
        case 11...15: .function(n - 10)
        case 17...21: .function(n - 11)
        case 23, 24: .function(n - 12)
        default: nil  // Insert (2), bracketed paste (200, 201), and the rest
        }
    }

    /// `ESC [ [ A` … `ESC [ [ E`: F1–F5 of the Linux console.
    static func linuxFunction(_ final: Unicode.Scalar) -> SpecialKey? {
        guard ("A"..."E").contains(final) else { return nil }
        return .function(Int(final.value - Unicode.Scalar("A").value) + 1)
    }

    /// Reads a whole stream as the terminal reader does, the end of the input standing for the timeout:
    /// what tests use to check a spelling, and what a reader of a byte buffer would use.
    ///
    ///     EscapeDecoder.decode("\u{1B}[4~j")   // [.key(.end), .character("j")]
    public static func decode(_ text: String) -> [TerminalInput] {
        var queue = Array(text.unicodeScalars)
        var out: [TerminalInput] = []
        while !queue.isEmpty {
            let first = queue.removeFirst()
            guard first == "\u{1B}" else {
                out.append(.character(first))
                continue
            }
            var decoder = EscapeDecoder()
            var step = Step.more
            while step == .more {
                step = queue.isEmpty ? decoder.timedOut() : decoder.feed(queue.removeFirst())
            }
            if case .done(let input, let rest) = step {
                if let input { out.append(input) }
                queue.insert(contentsOf: rest, at: 0)
            }
        }
        return out
    }
}
