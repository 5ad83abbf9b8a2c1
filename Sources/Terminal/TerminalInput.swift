internal import CNCurses

/// What the keyboard or the window sent.
public enum TerminalInput: Equatable, Sendable {
    /// A printable character or a control character (Ctrl-C is 0x03, Enter 0x0D, Esc 0x1B, Tab 0x09).
    case character(Unicode.Scalar)
    case key(SpecialKey)
    /// The window changed size; a burst of resizes arrives as one.
    case resize(rows: Int, columns: Int)
    /// A mouse button or the wheel, at a cell (0-based), when the session reads the mouse.
    case mouse(row: Int, column: Int, MouseButton)
}

/// What the mouse did.
public enum MouseButton: Equatable, Sendable {
    /// The left button went down.
    case press
    case wheelUp, wheelDown
}

/// Keys curses reports by code.
public enum SpecialKey: Equatable, Sendable {
    case up, down, left, right, home, end, pageUp, pageDown, backspace, delete, enter, backTab
    case function(Int)
}

extension TerminalSession {
    /// How long the rest of an escape sequence may take after its Esc: a lone Esc answers after this
    /// (and curses' own `set_escdelay`), a sequence split by a slow line is still read whole.
    static let sequenceMilliseconds: Int32 = 25

    /// The next input, or nil when nothing came within the timeout (the app then ticks).
    public func read(timeoutMilliseconds: Int32) -> TerminalInput? {
        if !pushedBack.isEmpty { return pushedBack.removeFirst() }
        guard let input = readOne(timeoutMilliseconds) else { return nil }
        guard case .resize = input else { return input }
        // A window dragged to a new size sends many resizes: wait briefly and report only the last size.
        while let next = readOne(30) {
            if case .resize = next { continue }
            pushedBack.append(next)
            break
        }
        let now = size
        return .resize(rows: now.rows, columns: now.columns)
    }

    /// One input, an escape sequence curses did not know read whole by `EscapeDecoder`.
    private func readOne(_ timeoutMilliseconds: Int32) -> TerminalInput? {
        guard case .input(let first) = readRaw(timeoutMilliseconds) else { return nil }
        guard first == EscapeDecoder.escape else { return first }
        var decoder = EscapeDecoder()
        while true {
            let step: EscapeDecoder.Step
            switch readRaw(Self.sequenceMilliseconds) {
            case .timeout:
                step = decoder.timedOut()
            case .input(.character(let scalar)):
                step = decoder.feed(scalar)
            case .input(let other):
                // A key curses did know, or a resize, cut in: it ends the sequence, and comes next.
                pushedBack.append(other)
                step = decoder.timedOut()
            case .unknown:
                step = .done(nil, rest: [])
            }
            if case .done(let input, let rest) = step {
                unread.insert(contentsOf: rest, at: 0)
                return input
            }
        }
    }

    /// What one read of curses gave.
    private enum Raw {
        case timeout
        case input(TerminalInput)
        /// A key code the console has no use for.
        case unknown
    }

    /// One key or character as curses gives it (first the bytes a sequence gave back).
    private func readRaw(_ timeoutMilliseconds: Int32) -> Raw {
        if !unread.isEmpty { return .input(.character(unread.removeFirst())) }
        wtimeout(cnc_stdscr(), timeoutMilliseconds)
        var ch: wint_t = 0
        let result = cnc_get_wch(&ch)
        if result == ERR { return .timeout }
        let input = result == KEY_CODE_YES
            ? (Int32(ch) == KEY_MOUSE ? Self.mouse() : Self.special(Int32(ch)))
            : Unicode.Scalar(UInt32(ch)).map(TerminalInput.character)
        return input.map(Raw.input) ?? .unknown
    }

    /// The mouse event curses has ready after KEY_MOUSE: a press of the left button or a turn of the wheel.
    static func mouse() -> TerminalInput? {
        var y: Int32 = 0, x: Int32 = 0
        switch cnc_getmouse(&y, &x) {
        case 1: return .mouse(row: Int(y), column: Int(x), .press)
        case 4: return .mouse(row: Int(y), column: Int(x), .wheelUp)
        case 5: return .mouse(row: Int(y), column: Int(x), .wheelDown)
        default: return nil
        }
    }

    static func special(_ code: Int32) -> TerminalInput? {
        switch code {
        case KEY_RESIZE: .resize(rows: 0, columns: 0)
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        // Some terminfo entries name `ESC [ 1 ~` and `ESC [ 4 ~` Find and Select: they are Home and End.
        case KEY_FIND: .key(.home)
        case KEY_SELECT: .key(.end)
        case KEY_ENTER: .key(.enter)
        case KEY_BTAB: .key(.backTab)
        case KEY_F0 + 1...KEY_F0 + 12: .key(.function(Int(code - KEY_F0)))
        default: nil
        }
    }
}
