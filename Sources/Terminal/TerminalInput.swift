internal import CNCurses

/// What the keyboard or the window sent.
public enum TerminalInput: Equatable, Sendable {
    /// A printable character or a control character (Ctrl-C is 0x03, Enter 0x0D, Esc 0x1B, Tab 0x09).
    case character(Unicode.Scalar)
    case key(SpecialKey)
    /// The window changed size; a burst of resizes arrives as one.
    case resize(rows: Int, columns: Int)
}

/// Keys curses reports by code.
public enum SpecialKey: Equatable, Sendable {
    case up, down, left, right, home, end, pageUp, pageDown, backspace, delete, enter, backTab
    case function(Int)
}

extension TerminalSession {
    /// The next input, or nil when nothing came within the timeout (the app then ticks).
    public func read(timeoutMilliseconds: Int32) -> TerminalInput? {
        if !pushedBack.isEmpty { return pushedBack.removeFirst() }
        wtimeout(cnc_stdscr(), timeoutMilliseconds)
        guard let input = readOne() else { return nil }
        guard case .resize = input else { return input }
        // A window dragged to a new size sends many resizes: wait briefly and report only the last size.
        wtimeout(cnc_stdscr(), 30)
        while let next = readOne() {
            if case .resize = next { continue }
            pushedBack.append(next)
            break
        }
        let now = size
        return .resize(rows: now.rows, columns: now.columns)
    }

    private func readOne() -> TerminalInput? {
        var ch: wint_t = 0
        let result = cnc_get_wch(&ch)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            return Self.special(Int32(ch))
        }
        guard let scalar = Unicode.Scalar(UInt32(ch)) else { return nil }
        return .character(scalar)
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
        case KEY_ENTER: .key(.enter)
        case KEY_BTAB: .key(.backTab)
        case KEY_F0 + 1...KEY_F0 + 12: .key(.function(Int(code - KEY_F0)))
        default: nil
        }
    }
}
