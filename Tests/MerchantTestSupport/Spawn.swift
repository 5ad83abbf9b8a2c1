import Foundation

/// Runs a program with posix_spawn and waitpid, to its end or in the background, its output in files.
///
/// Not Foundation's `Process`: on Linux its `run()` lists /proc/self/fd to close descriptors and copies each entry's
/// whole 256-byte name, reading past glibc's buffer when the list fills it (swift-corelibs-foundation #5472, fixed
/// after Swift 6.3.1). The test process holds a thousand and more descriptors when many stores are open at once, and
/// one such read brought the whole test run down with SIGSEGV. Files, not pipes, so a chatty child never blocks.
public enum Spawn {
    /// `program` is a path, or a name looked up on PATH; `environment` nil keeps the test's own. Standard input is
    /// the file `input`, by default /dev/null, as a script without a terminal has it.
    public static func run(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                           input: String = "/dev/null") throws -> MerchantBinary.Result {
        let (status, out, err) = try bytes(program, arguments, environment: environment, input: input)
        return MerchantBinary.Result(status: status, stdout: String(decoding: out, as: UTF8.self), stderr: String(decoding: err, as: UTF8.self))
    }

    /// As `run`, the output as the bytes the child wrote.
    public static func bytes(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                             input: String = "/dev/null") throws -> (status: Int32, output: Data, errors: Data) {
        let out = Temporary.url("spawn-out").path, err = Temporary.url("spawn-err").path
        defer { unlink(out); unlink(err) }
        let child = try start(program, arguments, environment: environment, input: input, output: out, errors: err)
        child.waitUntilExit()
        func read(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }
        return (child.terminationStatus, read(out), read(err))
    }

    /// Starts a program in the background, standard input, output and error from and to the files named.
    public static func start(_ program: String, _ arguments: [String], environment: [String: String]? = nil,
                             input: String = "/dev/null", output: String = "/dev/null", errors: String = "/dev/null") throws -> Child {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        // Nothing else of the test process's: an inherited descriptor of a script another test is still writing
        // makes its exec fail with ETXTBSY, and stores' files would stay open in servers that outlive a test.
        guard let closeFrom else { throw E2EError("this C library has no posix_spawn_file_actions_addclosefrom_np") }
        _ = closeFrom(&actions, 3)
        // The test runner's threads block most signals, and a spawned process inherits the mask: a tmux server
        // (and the console in it) would never hear SIGCHLD, SIGHUP or SIGTERM.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t(), all = sigset_t()
        sigemptyset(&none)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let envp = (environment ?? ProcessInfo.processInfo.environment).map { "\($0)=\($1)" }
        let cArgs = ([program] + arguments).map { strdup($0) } + [nil]
        let cEnv = envp.map { strdup($0) } + [nil]
        defer { (cArgs + cEnv).forEach { free($0) } }
        var pid: pid_t = 0
        let started = posix_spawnp(&pid, program, &actions, &attributes, cArgs, cEnv)
        guard started == 0 else { throw E2EError("\(program) could not be started: \(String(cString: strerror(started)))") }
        return Child(pid)
    }
}

extension Spawn {
    /// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc module does not
    /// declare: the child closes every descriptor from the one given on, skipping those already closed.
    private static let closeFrom: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32)? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32).self)
    }()
}

/// A child started by `Spawn.start`, asked as Foundation's `Process` is asked.
public final class Child: @unchecked Sendable {
    public enum TerminationReason: Sendable { case exit, uncaughtSignal }

    public let processIdentifier: pid_t
    private let lock = NSLock()
    private var waitStatus: Int32?

    init(_ pid: pid_t) { processIdentifier = pid }

    public var isRunning: Bool { reap(blocking: false) == nil }

    public func waitUntilExit() { _ = reap(blocking: true) }

    /// SIGTERM, as `Process.terminate()` sends.
    public func terminate() { kill(processIdentifier, SIGTERM) }

    /// The exit code, or the signal that ended it (after `waitUntilExit`).
    public var terminationStatus: Int32 {
        guard let s = reap(blocking: false) else { return 0 }
        return s & 0x7f == 0 ? (s >> 8) & 0xff : s & 0x7f
    }

    public var terminationReason: TerminationReason {
        guard let s = reap(blocking: false) else { return .exit }
        return s & 0x7f == 0 ? .exit : .uncaughtSignal
    }

    /// The wait status once the child has ended (reaped once, kept).
    private func reap(blocking: Bool) -> Int32? {
        lock.lock()
        defer { lock.unlock() }
        if let waitStatus { return waitStatus }
        var status: Int32 = 0
        var answer: pid_t
        repeat { answer = waitpid(processIdentifier, &status, blocking ? 0 : WNOHANG) } while answer == -1 && errno == EINTR
        if answer == processIdentifier { waitStatus = status }
        return waitStatus
    }
}
