import Foundation
import Testing

/// What a `--json` command prints for one object (an order, the settings, Amazon's view of an order).
public typealias JSONObject = [String: Any]

/// Runs the built `merchant` binary on a data folder of its own, as a merchant or a script would.
public struct MerchantBinary: Sendable {
    public let home = Temporary.url("merchant-e2e")

    public init() {}

    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String

        public init(status: Int32, stdout: String, stderr: String) {
            self.status = status
            self.stdout = stdout
            self.stderr = stderr
        }
    }

    /// The binary sits beside the test bundle in the build folder.
    public static var executable: URL {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("merchant")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return PackageFolder.root.appendingPathComponent(".build/debug/merchant")
    }

    public func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// `environment`: variables set for this run (nil removes one the test's own environment has).
    public func run(_ arguments: [String], environment: [String: String?] = [:]) throws -> Result {
        var merged: [String: String]?
        if !environment.isEmpty {
            merged = ProcessInfo.processInfo.environment
            for (name, value) in environment { merged?[name] = value }
        }
        let result = try Spawn.run(Self.executable.path, ["--home", home.path] + arguments, environment: merged)
        expectNoRuleIds(result.stdout + result.stderr, in: "the output of merchant \(arguments.joined(separator: " "))")
        return result
    }

    /// Runs a command that must succeed, and returns what it printed.
    @discardableResult
    public func ok(_ arguments: String...) throws -> String { try ok(arguments) }

    @discardableResult
    public func ok(_ arguments: [String]) throws -> String {
        let result = try run(arguments)
        guard result.status == 0 else { throw E2EError("merchant \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return result.stdout
    }

    /// An order placed and paid at the simulated Amazon, brought home by a sync: its id.
    public func paidOrder(quantity: Int = 1) throws -> String {
        let id = try ok("sim", "place", "--sku", "MUG-BLAU-350", "--quantity", String(quantity)).trimmingCharacters(in: .whitespacesAndNewlines)
        try ok("sync")
        return id
    }

    /// An order as `paidOrder`, shipped from the command line with UPS and confirmed at Amazon by the next sync: its id.
    public func shippedOrder() throws -> String {
        let id = try paidOrder()
        try ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        try ok("sync")
        return id
    }

    /// A web-shop order of one unit of `sku` (`merchant shop order`) to an address in Berlin: its reference.
    public func shopOrder(sku: String, name: String = "Jürgen Groß") throws -> String {
        let out = try ok("shop", "order", "--sku", sku, "--name", name, "--address", "Hauptstraße 1, 10115 Berlin", "--country", "DE")
        return String(out.prefix { $0 != ":" })
    }

    /// The refund queue's entries of one order, as `merchant refunds --json` prints them.
    public func refundQueue(of id: String) throws -> [JSONObject] {
        let refunds = try #require(try json("refunds", "--json") as? JSONObject)
        return (refunds["queue"] as? [JSONObject] ?? []).filter { $0["amazonOrderId"] as? String == id }
    }

    /// The shell command that runs the binary on this folder, for tmux: `environment` (`NAME=value ` words, or
    /// `env TERM=… `) before it, `arguments` after it.
    public func shellCommand(_ arguments: String = "", environment: String = "") -> String {
        "\(environment)'\(Self.executable.path)' --home '\(home.path)'" + (arguments.isEmpty ? "" : " \(arguments)")
    }

    /// `merchant sim serve --port 0` on `home` in the background (with `options`); returns it and its endpoint.
    public static func serve(home: URL, _ options: [String] = []) throws -> (Child, String) {
        let said = Temporary.url("serve-out").path
        defer { unlink(said) }
        let process = try Spawn.start(executable.path, ["--home", home.path, "sim", "serve", "--port", "0"] + options, output: said)
        var text = ""
        let deadline = Date().addingTimeInterval(60)
        while !text.contains("\n") && process.isRunning && Date() < deadline {
            usleep(20_000)
            text = (try? String(contentsOfFile: said, encoding: .utf8)) ?? ""
        }
        guard let range = text.range(of: "http://127.0.0.1:[0-9]+", options: .regularExpression) else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            throw E2EError("sim serve did not say where it listens: \(text)")
        }
        return (process, String(text[range]))
    }

    /// Runs a command that must succeed and parses its JSON.
    public func json(_ arguments: String...) throws -> Any {
        let result = try run(arguments)
        guard result.status == 0 else { throw E2EError("merchant \(arguments.joined(separator: " ")) failed: \(result.stderr)") }
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }
}

public struct E2EError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}
