internal import CNCurses
import Glibc
import Synchronization

/// The signal that asked the console to stop (SIGTERM, SIGHUP when the terminal goes, SIGINT), or 0.
private let stopSignal = Atomic<Int32>(0)

/// The terminal in curses mode for as long as the console runs: set up once, restored on `end()`.
///
///     let terminal = try TerminalSession.start()
///     defer { terminal.end() }
///     terminal.draw(rows)
///     let input = terminal.read(timeoutMilliseconds: 250)
///
/// Only one session exists at a time; curses itself is a process-wide singleton.
public final class TerminalSession {
    /// Whether colours are used: not when `NO_COLOR` is set or the terminal has none (bold and reverse stay).
    public let colors: Bool
    /// The locale that was in effect for the session (the user's, or `C.UTF-8` as the fall-back).
    public let locale: String
    var painted: [[StyledRun]] = []
    var paintedSize: (rows: Int, columns: Int) = (0, 0)
    var pushedBack: [TerminalInput] = []
    /// Bytes an escape sequence gave back (Esc then a letter: the letter), read before curses is asked again.
    var unread: [Unicode.Scalar] = []
    private var ended = false

    private init(colors: Bool, locale: String) {
        self.colors = colors
        self.locale = locale
    }

    /// Puts the terminal in curses mode, reading the mouse's clicks and wheel unless `mouse` is false
    /// (then the terminal's own selection works as without curses). Fails, with the terminal untouched,
    /// when there is no UTF-8 locale.
    public static func start(mouse: Bool = true) throws -> TerminalSession {
        let locale = try chooseLocale()
        guard initscr() != nil else { throw TerminalError.noTerminal }
        // raw, not cbreak: Ctrl-C arrives as a key and quits cleanly instead of leaving the terminal in curses mode.
        raw()
        noecho()
        nonl()
        keypad(cnc_stdscr(), true)
        // Esc must answer at once, not after ncurses' default of one second.
        set_escdelay(25)
        curs_set(0)
        if mouse { _ = cnc_mouse_on() }
        var colors = false
        if getenv("NO_COLOR").map({ String(cString: $0).isEmpty }) ?? true, has_colors() {
            start_color()
            // The terminal's own background, not curses' black.
            use_default_colors()
            for (pair, color) in TerminalColor.allCases.enumerated() {
                init_pair(Int16(pair + 1), color.curses, -1)
            }
            colors = true
        }
        // curses' own handlers restore the terminal but do not end the program; ours let the loop
        // leave cleanly (endwin) when the terminal closes or the process is told to stop.
        for sig in [SIGTERM, SIGHUP, SIGINT] {
            signal(sig) { received in stopSignal.store(received, ordering: .relaxed) }
        }
        return TerminalSession(colors: colors, locale: locale)
    }

    /// Whether a signal asked the console to stop; the loop checks it after every read.
    public var stopRequested: Bool { stopSignal.load(ordering: .relaxed) != 0 }

    /// Ctrl-Z: gives the terminal back and stops the process, as the shell's job control expects; `fg`
    /// continues it here, back in curses mode. The caller then draws everything anew (`invalidate`), at
    /// the size the window has now. (In raw mode Ctrl-Z is a key, not the terminal's SIGTSTP.)
    public func suspend() {
        endwin()
        raise(SIGSTOP)
        // Continued: the next refresh puts the terminal back in curses mode (raw, keypad, mouse).
        refresh()
        invalidate()
    }

    /// Leaves curses mode and gives the terminal back as it was.
    public func end() {
        guard !ended else { return }
        ended = true
        endwin()
    }

    deinit { end() }

    /// The window's size now.
    public var size: (rows: Int, columns: Int) {
        var y: Int32 = 0, x: Int32 = 0
        cnc_getmaxyx(cnc_stdscr(), &y, &x)
        return (Int(y), Int(x))
    }

    /// `setlocale(LC_ALL, "")`, checked: a locale that is not installed leaves "C", in which every
    /// non-ASCII name would be garbled, so `C.UTF-8` is taken instead.
    static func chooseLocale() throws -> String {
        if let chosen = setlocale(LC_ALL, ""), isUTF8(String(cString: chosen)) {
            return String(cString: chosen)
        }
        for fallback in ["C.UTF-8", "C.utf8", "en_US.UTF-8"] {
            if let chosen = setlocale(LC_ALL, fallback) { return String(cString: chosen) }
        }
        throw TerminalError.noUTF8Locale
    }

    static func isUTF8(_ locale: String) -> Bool {
        let lower = locale.lowercased()
        return lower.contains("utf-8") || lower.contains("utf8")
    }
}

/// Why the terminal could not be used.
public enum TerminalError: Error, CustomStringConvertible {
    case noTerminal
    case noUTF8Locale

    public var description: String {
        switch self {
        case .noTerminal: "this is not a terminal curses can use: check TERM, or run `merchant overview`"
        case .noUTF8Locale: "no UTF-8 locale is installed (not even C.UTF-8): names would be garbled"
        }
    }
}
