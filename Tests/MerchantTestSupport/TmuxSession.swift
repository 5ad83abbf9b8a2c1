import Foundation
import Testing

/// A tmux server of its own (its own socket), running one command in a detached session, for
/// driving the console as a merchant's terminal would: `send-keys` in, `capture-pane` out.
public final class TmuxSession {
    public let socket = "merchant-e2e-\(UUID().uuidString.prefix(8))"
    public let name = "console"

    public static var available: Bool {
        ["/usr/bin/tmux", "/usr/local/bin/tmux", "/bin/tmux"].contains { FileManager.default.isExecutableFile(atPath: $0) }
    }

    public init(command: String, columns: Int, rows: Int) throws {
        // remain-on-exit keeps the pane, and what the command printed last, after the command ends.
        try tmux(["new-session", "-d", "-s", name, "-x", String(columns), "-y", String(rows), "-e", "LANG=C.UTF-8", command,
                  ";", "set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit {
        try? tmux(["kill-server"])
        // tmux leaves the socket file of a server it killed.
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"] ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    public func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }

    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", String(columns), "-y", String(rows)])
    }

    /// The screen as text.
    public func capture() throws -> String {
        let screen = try tmux(["capture-pane", "-p", "-t", name])
        expectNoRuleIds(screen, in: "the terminal")
        return screen
    }

    /// The screen with its attributes as SGR escape sequences (`capture-pane -e`): what is bold, reversed, coloured.
    public func captureStyled() throws -> String { try tmux(["capture-pane", "-e", "-p", "-t", name]) }

    /// Waits until the screen satisfies `condition`; `what` says what was awaited when it never does.
    @discardableResult
    public func waitUntil(_ what: String, seconds: Double = 30, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if condition(screen) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("the screen never showed \(what); it showed:\n\(screen)")
    }

    /// Waits until the screen shows `text` (the deadline is generous: this is not a timing test).
    @discardableResult
    public func waitFor(_ text: String, seconds: Double = 30) throws -> String {
        try waitFor(all: [text], seconds: seconds)
    }

    /// Waits until one capture shows every text: a frame is written in pieces, and a busy machine can be
    /// caught between them.
    public func waitFor(all texts: [String], seconds: Double = 30) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        var screen = ""
        while Date() < deadline {
            screen = try capture()
            if texts.allSatisfy(screen.contains) { return screen }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("the screen never showed \(texts.map { "\"\($0)\"" }.joined(separator: " and ")); it showed:\n\(screen)")
    }

    /// The console of `m` in a terminal of its own (`arguments` and `environment` as in `MerchantBinary.shellCommand`),
    /// once it shows the Orders pane.
    public static func console(_ m: MerchantBinary, arguments: String = "", environment: String = "", columns: Int = 100, rows: Int = 30) throws -> TmuxSession {
        let tmux = try TmuxSession(command: m.shellCommand(arguments, environment: environment), columns: columns, rows: rows)
        try tmux.waitFor("Orders · filter all")
        return tmux
    }

    /// Finds one order in the Orders pane: `/`, its id, Enter, until the pane says it found it.
    public func findOrder(_ id: String) throws {
        try send("/")
        try send("-l", id)
        try send("Enter")
        try waitFor("1 order found")
    }

    /// Waits until the console's status line says a sync finished (" synced … ago": "not synced yet" says "synced" too).
    @discardableResult
    public func waitForFinishedSync(seconds: Double = 30) throws -> String {
        try waitUntil("a finished sync on the status line", seconds: seconds) { screen in
            screen.split(separator: "\n").contains { $0.hasPrefix(" synced ") && $0.contains(" ago") }
        }
    }

    /// Waits until the pane's process has ended; returns its exit status when tmux collected one.
    public func waitForExit(seconds: Double = 30) throws -> Int? {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            let fields = try tmux(["list-panes", "-t", name, "-F", "#{pane_dead} #{pane_dead_status}"])
                .trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
            if fields.first == "1" { return fields.count > 1 ? Int(fields[1]) : nil }
            Thread.sleep(forTimeInterval: 0.1)
        }
        throw E2EError("the console was still running \(Int(seconds)) s after q")
    }

    /// Runs tmux through `Spawn` (posix_spawn and waitpid). Not Foundation's Process: the server a new session
    /// starts inherits Process's internal descriptors and keeps them open, so Process never sees the client end.
    @discardableResult
    public func tmux(_ arguments: [String]) throws -> String {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let result = try Spawn.run("tmux", ["-L", socket] + arguments, environment: environment)
        guard result.status == 0 else { throw E2EError("tmux \(arguments.joined(separator: " ")) failed (\(result.status))") }
        return result.stdout
    }
}
