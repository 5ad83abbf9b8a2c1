import Foundation
import MerchantTestSupport
import Testing

/// A sync that waits for Amazon's rate limit says so (a countdown on a terminal, the console's status line), what the
/// merchant ships meanwhile reaches Amazon at once, and a second sync says that one is running (R3, R29).
@Suite("A sync that says what it waits for", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct SyncWaitTests {
    static let ups = ["1Z5R89390357567127", TrackingNumbers.ups(4242)]

    /// Two paid orders, imported, and simulated Amazon's searchOrders burst spent (throttling is on by default):
    /// the next orders request waits about three minutes.
    func shopWithSpentBurst(_ m: MerchantBinary) throws -> [String] {
        let ids = try (0..<2).map { _ in try m.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines) }
        // Each sync asks for orders once: twenty of them spend the burst of twenty.
        for _ in 0..<20 { _ = try m.run("sync") }
        return ids
    }

    func amazonStatus(_ m: MerchantBinary, _ id: String) throws -> String? {
        (try m.json("sim", "order", id, "--json") as? JSONObject)?["status"] as? String
    }

    func waitUntilShippedAtAmazon(_ m: MerchantBinary, _ id: String, seconds: Double = 5) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try amazonStatus(m, id) == "SHIPPED" { return true }
            Thread.sleep(forTimeInterval: 0.2)
        }
        return false
    }

    @Test("merchant sync counts the wait down on a terminal; a shipment made meanwhile reaches Amazon; a second sync says one runs")
    func commandLineWait() throws {
        let m = MerchantBinary()
        let ids = try shopWithSpentBurst(m)
        let tmux = try TmuxSession(command: m.shellCommand("sync"), columns: 120, rows: 10)
        let first = try tmux.waitFor("Amazon allows the next orders request in ")
        #expect(first.contains("(searchOrders: 1 per 3 min)"))
        let shown = try #require(first.split(separator: "\n").first { $0.contains("Amazon allows the next orders request in ") })
        // A live countdown, on one line rewritten in place.
        let later = try tmux.waitUntil("the countdown moved") { screen in
            screen.contains("Amazon allows the next orders request in ") && !screen.contains(shown)
        }
        #expect(later.split(separator: "\n").filter { $0.contains("Amazon allows") }.count == 1)

        // R29: shipped now, at Amazon within seconds, while the orders request still waits.
        try m.ok("ship", ids[0], "--carrier", "UPS", "--tracking", Self.ups[0])
        #expect(try waitUntilShippedAtAmazon(m, ids[0]))
        #expect(try tmux.capture().contains("Amazon allows the next orders request in "))

        // A second sync says that one runs, and what it does, instead of waiting behind it.
        let second = try m.run("sync")
        #expect(second.status != 0)
        #expect(second.stderr.contains("another sync is running"))
        #expect(second.stderr.contains("waiting: Amazon allows the next orders request in "))

        // --no-wait skips the orders request and says so; nothing failed.
        try tmux.send("C-c")
        _ = try tmux.waitForExit()
        let skipping = try m.run("sync", "--no-wait")
        #expect(skipping.status == 0)
        #expect(skipping.stderr.contains("skipped reading orders: Amazon allows the next orders request in "))
    }

    @Test("the console's status line shows the wait; a shipment from the command line reaches Amazon while it lasts")
    func consoleWait() throws {
        let m = MerchantBinary()
        let ids = try shopWithSpentBurst(m)
        let tmux = try TmuxSession(command: m.shellCommand(), columns: 130, rows: 30)
        let screen = try tmux.waitFor("Amazon allows the next orders request in ")
        let status = try #require(screen.split(separator: "\n").first { $0.contains("Amazon allows the next orders request in ") })
        #expect(status.contains("(searchOrders: 1 per 3 min)"))
        #expect(status.contains("outbox:"))
        try m.ok("ship", ids[1], "--carrier", "UPS", "--tracking", Self.ups[1])
        #expect(try waitUntilShippedAtAmazon(m, ids[1]))
        #expect(try tmux.capture().contains("Amazon allows the next orders request in "))
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("merchant sync --watch delivers a shipment between its syncs within seconds; a lock left by a dead sync is taken over")
    func watchDeliversBetweenSyncs() throws {
        let m = MerchantBinary()
        let id = try m.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("settings", "set", "sync-interval", "1h")
        // A lock file a killed sync left behind: its process is gone, so the next sync takes the lock over.
        try "pid 999999, merchant sync, since 2026-01-01T00:00:00Z\nreading orders\n"
            .write(to: m.home.appendingPathComponent("sync.lock"), atomically: true, encoding: .utf8)
        let process = try Spawn.start(MerchantBinary.executable.path, ["--home", m.home.path, "sync", "--watch"])
        defer { process.terminate(); process.waitUntilExit() }
        // The first sync imports the order; the next is an hour away.
        let deadline = Date().addingTimeInterval(30)
        func imported() throws -> Bool {
            let orders = try m.json("orders", "--json") as? [JSONObject] ?? []
            return orders.contains { $0["amazonOrderId"] as? String == id && $0["importState"] as? String == "imported" }
        }
        while try !imported() {
            guard Date() < deadline else { throw E2EError("the watching sync did not import the order") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        // The first sync is over: the lock file says so (the shipment is not caught by that sync's own outbox look).
        let lock = m.home.appendingPathComponent("sync.lock")
        while (try? String(contentsOf: lock, encoding: .utf8))?.contains("\nbetween syncs\n") != true {
            guard Date() < deadline else { throw E2EError("the watching sync did not finish its first sync") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        #expect(try String(contentsOf: lock, encoding: .utf8).hasPrefix("pid \(process.processIdentifier), merchant sync --watch, since "))
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", Self.ups[0])
        // R29: at Amazon within seconds, not at the next sync an hour later.
        #expect(try waitUntilShippedAtAmazon(m, id))
        #expect(process.isRunning)
    }
}
