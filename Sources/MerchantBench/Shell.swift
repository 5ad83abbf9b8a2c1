import Foundation

/// Runs other programs: sqlite3, tmux, the merchant binary, VisiData.
enum Shell {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Runs SQLite's shell. It waits up to 10 s for a lock: a store closed just before may still be
    /// checkpointing its log (the last connection to close does), and the shell alone would give up at once.
    @discardableResult
    static func sqlite3(_ arguments: [String], input: String? = nil) throws -> String {
        try run("sqlite3", ["-cmd", ".timeout 10000"] + arguments, input: input)
    }

    /// Runs a program to its end and returns its standard output; throws when it fails.
    @discardableResult
    /// `daemon`: the program leaves a process behind (tmux's server) that would hold a pipe open, so its output is dropped.
    static func run(_ program: String, _ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                    allowFailure: Bool = false, daemon: Bool = false) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try which(program))
        process.arguments = arguments
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        if daemon { return try spawnAndWait(try which(program), arguments) }
        let inPipe = Pipe()
        if input != nil { process.standardInput = inPipe } else { process.standardInput = FileHandle.nullDevice }
        try process.run()
        if let input {
            inPipe.fileHandleForWriting.write(Data(input.utf8))
            try inPipe.fileHandleForWriting.close()
        }
        // Read both pipes to the end before waiting, so a full pipe never stalls the child.
        nonisolated(unsafe) var errData = Data()
        let group = DispatchGroup()
        group.enter()
        DispatchQueue.global().async { errData = err.fileHandleForReading.readDataToEndOfFile(); group.leave() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        let text = String(decoding: outData, as: UTF8.self)
        if process.terminationStatus != 0 && !allowFailure {
            throw Failure(description: "\(program) \(arguments.joined(separator: " ")) failed (\(process.terminationStatus)): \(String(decoding: errData, as: UTF8.self).prefix(500))")
        }
        return text
    }

    /// The full path of a program: as given when it has a slash, else found on PATH.
    static func which(_ program: String) throws -> String {
        if program.contains("/") { return program }
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(dir)/\(program)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        throw Failure(description: "\(program) is not installed (not on PATH)")
    }

    static func exists(_ program: String) -> Bool { (try? which(program)) != nil }

    /// posix_spawn and waitpid, output to /dev/null: Foundation's `Process` waits for the pipes it shares with
    /// the child, which a daemon the child leaves behind (tmux's server) keeps open for ever.
    static func spawnAndWait(_ path: String, _ arguments: [String]) throws -> String {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for fd in Int32(0)...2 { posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0) }
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, path, &actions, nil, argv, environ)
        guard rc == 0 else { throw Failure(description: "could not start \(path): \(rc)") }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        return ""
    }
}

/// A private tmux server (its own socket) with one detached session, 120×40; windows run programs.
final class Tmux {
    let socket: String
    let columns = 120, rows = 40

    init(socket: String = "merchant-bench-\(getpid())") throws {
        self.socket = socket
        try Shell.run("tmux", ["-L", socket, "-f", "/dev/null", "new-session", "-d", "-s", "bench", "-x", "\(columns)", "-y", "\(rows)"], daemon: true)
        try Shell.run("tmux", ["-L", socket, "set-option", "-g", "default-size", "\(columns)x\(rows)"])
    }

    /// Opens a window running `command` (through sh); returns its pane id and the pid of the program.
    func open(_ command: String) throws -> (pane: String, pid: Int32) {
        let out = try Shell.run("tmux", ["-L", socket, "new-window", "-d", "-t", "bench", "-P", "-F", "#{pane_id} #{pane_pid}", "exec " + command])
        let parts = out.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
        return (String(parts[0]), Int32(parts[1]) ?? 0)
    }

    func capture(_ pane: String) -> String {
        (try? Shell.run("tmux", ["-L", socket, "capture-pane", "-p", "-t", pane], allowFailure: true)) ?? ""
    }

    func send(_ pane: String, _ keys: String...) {
        _ = try? Shell.run("tmux", ["-L", socket, "send-keys", "-t", pane] + keys, allowFailure: true)
    }

    func close(_ pane: String) {
        _ = try? Shell.run("tmux", ["-L", socket, "kill-pane", "-t", pane], allowFailure: true)
    }

    /// Polls the pane until `done` holds for its text; returns the milliseconds since `start`, or nil after `timeout` seconds.
    func wait(_ pane: String, from start: ContinuousClock.Instant, timeout: Double, _ done: (String) -> Bool) -> Double? {
        while seconds(since: start) < timeout {
            if done(capture(pane)) { return milliseconds(since: start) }
        }
        return nil
    }

    func shutDown() {
        _ = try? Shell.run("tmux", ["-L", socket, "kill-server"], allowFailure: true)
    }
}

/// An Amazon order id (3-7-7 digits), as the Orders pane shows it. Scanned by hand: the probe calls it
/// inside the timed cold start, where compiling a regular expression (ICU) cost milliseconds.
func containsOrderId(_ text: String) -> Bool {
    let bytes = Array(text.utf8)
    let shape: [Bool] = [true, true, true, false] + Array(repeating: true, count: 7) + [false] + Array(repeating: true, count: 7)
    guard bytes.count >= shape.count else { return false }
    return (0...(bytes.count - shape.count)).contains { start in
        shape.indices.allSatisfy { i in
            let b = bytes[start + i]
            return shape[i] ? (b >= 0x30 && b <= 0x39) : b == UInt8(ascii: "-")
        }
    }
}
