import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Everyone who writes the store at once, on one data folder: the console (its core, driven here as the
/// terminal loop drives it, its store effects really writing), a `merchant sync --watch` daemon, a script
/// shipping order after order with `merchant ship`, and another switching settings with `merchant settings set`.
/// SQLite in WAL mode with a busy timeout must make them take turns: no "database is locked", nothing
/// lost, nothing doubled at Amazon (R29), and a sound file at the end.
@Suite("Many writers on one data folder", .serialized, .ownThread)
struct ManyWritersTests {
    /// What one process printed and how it ended.
    struct Run: Sendable {
        var arguments: [String]
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// Results gathered by the writers' threads.
    final class Runs: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Run] = []
        func add(_ run: Run) { lock.lock(); runs.append(run); lock.unlock() }
        var all: [Run] { lock.lock(); defer { lock.unlock() }; return runs }
    }

    /// The carrier the open ship dialog has chosen.
    static func carrierCode(_ program: ConsoleProgram) -> String? {
        guard case .ship(let dialog) = program.state.dialog, Carrier.known.indices.contains(dialog.carrier) else { return nil }
        return Carrier.known[dialog.carrier].carrierCode
    }

    static func isLockError(_ text: String) -> Bool {
        let t = text.lowercased()
        return t.contains("locked") || t.contains("busy") || t.contains("sqlite error 5") || t.contains("sqlite error 6")
    }

    @Test("the console, a sync daemon, a ship script and a settings script write one store at once: no lock error, nothing lost or doubled (R29)")
    func manyWritersOneStore() async throws {
        try await onOwnThread { try verifyWritersAtOnce() }
    }

    private func verifyWritersAtOnce() throws {
        let started = Date()
        let shop = ShopFolder()
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { shop.remove() } else { print("kept \(shop.home.path)") } }

        // A shop with plenty of settled, shippable orders, imported and acknowledged; the sync every 10 s.
        let scriptShips = 48, consoleShips = 8
        try shop.ok("sim", "throttling", "off")
        try shop.stockEverything()
        try shop.ok("sim", "advance", "--minutes", "1000", "--seed", "31")
        try shop.ok("sync", "--unthrottled")
        try shop.ok("settings", "set", "sync-interval", "10")
        try shop.ok("settings", "set", "import-pending", "off")
        try shop.ok("settings", "set", "reserve-pending", "on")
        let orders = try shop.openMerchantOrders()
        try #require(orders.count >= scriptShips + consoleShips, "only \(orders.count) shippable orders")
        let scriptOrders = Array(orders.prefix(scriptShips))
        let consoleOrders = Array(orders.dropFirst(scriptShips).prefix(consoleShips))
        let tracking: @Sendable (Int) -> (carrier: String, number: String) = { n in
            let carrier = TrackingNumbers.carriers[n % TrackingNumbers.carriers.count]
            return (carrier, TrackingNumbers.valid(carrier, serial: 310_000 + n))
        }
        let setupDone = Date()

        // The daemon: syncs at once, then every 10 s, pulling, importing, reconsidering, pushing what the others queue.
        let daemonOut = shop.home.appendingPathComponent("daemon.out"), daemonErr = shop.home.appendingPathComponent("daemon.err")
        _ = FileManager.default.createFile(atPath: daemonOut.path, contents: nil)
        _ = FileManager.default.createFile(atPath: daemonErr.path, contents: nil)
        let daemon = try Spawn.start(MerchantBinary.executable.path, ["--home", shop.home.path, "sync", "--watch", "--unthrottled"],
                                     output: daemonOut.path, errors: daemonErr.path)
        defer { if daemon.isRunning { kill(daemon.processIdentifier, SIGKILL); daemon.waitUntilExit() } }

        // The console, in this process, on the same file, as `merchant console` would open it, on the account's
        // time: the simulator's, which `sim advance` moved ahead of the wall clock.
        let offset = try #require(Double(try shop.sql(shop.simulatorPath, "SELECT clockOffset FROM account").first?.first ?? ""))
        let store = try MerchantStore.open(at: shop.storePath)
        let program = ConsoleProgram(store: store, sync: nil, size: Size(rows: 30, columns: 120), now: { Date().addingTimeInterval(offset) })
        program.start()

        // The scripts, each in a thread of its own, one process after another, for about 18 seconds.
        let window: TimeInterval = 18
        let deadline = Date().addingTimeInterval(window)
        let runs = Runs()
        let group = DispatchGroup()
        let home = shop.home
        DispatchQueue.global().async(group: group) {
            for (n, order) in scriptOrders.enumerated() {
                let (carrier, number) = tracking(n)
                let arguments = ["ship", order, "--carrier", carrier, "--tracking", number]
                if let result = try? ShopFolder(home: home).run(arguments) {
                    runs.add(Run(arguments: arguments, status: result.status, stdout: result.stdout, stderr: result.stderr))
                }
                // Spread over the window, so the daemon's syncs fall among them.
                usleep(useconds_t(window / Double(scriptShips + 4) * 1_000_000))
            }
        }
        DispatchQueue.global().async(group: group) {
            var on = true
            while Date() < deadline {
                let arguments = ["settings", "set", "import-pending", on ? "on" : "off"]
                if let result = try? ShopFolder(home: home).run(arguments) {
                    runs.add(Run(arguments: arguments, status: result.status, stdout: result.stdout, stderr: result.stderr))
                }
                on.toggle()
                usleep(150_000)
            }
        }

        // The merchant at the console meanwhile: ships through the dialog, switches "reserve pending" in Settings.
        var flashes: [String] = []
        var consoleShipped: [(order: String, tracking: String)] = []
        var consoleToggles = 0
        func send(_ key: Key) {
            program.send(.key(key))
            if let flash = program.state.flash?.text, flashes.last != flash { flashes.append(flash) }
        }
        var step = 0
        while Date() < deadline {
            program.tick()
            if step < consoleShips {
                let order = consoleOrders[step]
                send(.character("1"))
                send(.character("/"))
                for c in order { send(.character(c)) }
                send(.enter)
                if program.state.orders.rows.first?.amazonOrderId == order {
                    // s; the dialog remembers the last carrier: UPS on the picker (↑, u until UPS), Tab to the tracking field.
                    send(.character("s"))
                    if Self.carrierCode(program) != "UPS" {
                        send(.up)
                        for _ in 0..<4 where Self.carrierCode(program) != "UPS" { send(.character("u")) }
                        send(.tab)
                    }
                    let ups = TrackingNumbers.valid("UPS", serial: 320_000 + step)
                    for c in ups { send(.character(c)) }
                    send(.enter)
                    if program.state.flash?.text.hasPrefix("Shipped ") == true && program.state.flash?.text.contains(order) == true {
                        consoleShipped.append((order, ups))
                    }
                    if program.state.dialog != nil { send(.escape) }
                }
                send(.escape)  // clears the search
            }
            // Settings: the third row is "reserve pending"; Space saves it at once.
            send(.character("4")); send(.character("g")); send(.down); send(.down)
            let before = program.state.overview.settings?.reservePending
            send(.character(" "))
            if let before, program.state.overview.settings?.reservePending == !before { consoleToggles += 1 }
            step += 1
            usleep(250_000)
        }
        group.wait()
        let writersDone = Date()

        // The daemon is stopped as Ctrl-C would; whatever it said goes into the checks.
        kill(daemon.processIdentifier, SIGINT)
        daemon.waitUntilExit()
        let daemonStdout = (try? String(contentsOf: daemonOut, encoding: .utf8)) ?? ""
        let daemonStderr = (try? String(contentsOf: daemonErr, encoding: .utf8)) ?? ""

        // No writer ever met a lock: every command ended 0 and said nothing about it; nor did the console or the daemon.
        let all = runs.all
        let lockErrors = all.filter { Self.isLockError($0.stderr) || Self.isLockError($0.stdout) }.count
            + flashes.filter(Self.isLockError).count + (Self.isLockError(daemonStderr) ? 1 : 0)
        #expect(lockErrors == 0, "lock errors: \(all.filter { Self.isLockError($0.stderr) }.map(\.stderr)) \(flashes.filter(Self.isLockError)) \(daemonStderr)")
        for run in all { #expect(run.status == 0, "merchant \(run.arguments.joined(separator: " ")): \(run.stderr)") }
        #expect(!flashes.contains { $0.hasPrefix("Refused") || $0.hasPrefix("Could not") }, "\(flashes)")
        #expect(daemonStderr.isEmpty, "\(daemonStderr)")
        let daemonSyncs = daemonStdout.components(separatedBy: "Synced ").count - 1
        #expect(daemonSyncs >= 2, "the daemon synced \(daemonSyncs) times while the others wrote")

        let ships = all.filter { $0.arguments.first == "ship" && $0.status == 0 }
        let settingRuns = all.filter { $0.arguments.first == "settings" && $0.status == 0 }
        #expect(ships.count == scriptShips)
        #expect(consoleShipped.count == consoleShips)
        #expect(consoleToggles >= 10)

        // Nothing lost: every shipment that said it shipped is shipped in the store...
        let shippedByScript = ships.map { ($0.arguments[1], $0.arguments[5]) }
        let everyShipment = shippedByScript + consoleShipped.map { ($0.order, $0.tracking) }
        let listed = try #require(try shop.json("orders", "--limit", "10000", "--json") as? [JSONObject])
        let localStatus = Dictionary(uniqueKeysWithValues: listed.compactMap { o in (o["amazonOrderId"] as? String).map { ($0, o["localStatus"] as? String) } })
        for (order, _) in everyShipment { #expect(localStatus[order] == "shipped", "\(order) is \(String(describing: localStatus[order]))") }

        // ...every setting change is in the activity log, by whoever made it...
        let activity = try #require(try shop.json("activity", "--limit", "10000", "--json") as? [JSONObject])
        let settingLines = activity.filter { $0["kind"] as? String == "setting" && ($0["at"] as? String ?? "") >= ISO8601DateFormatter().string(from: setupDone.addingTimeInterval(-1)) }
        // Each `settings set` switched the value (on, off, on...), so each is one line; the first may repeat the value set up.
        let cliLines = settingLines.filter { $0["actor"] as? String == "cli" && $0["subject"] as? String == "import-pending" }.count
        #expect(cliLines >= settingRuns.count - 1 && cliLines <= settingRuns.count, "\(cliLines) lines for \(settingRuns.count) changes")
        let consoleLines = settingLines.filter { $0["actor"] as? String == "console" && $0["subject"] as? String == "reserve-pending" }.count
        #expect(consoleLines == consoleToggles)

        // ...and after a last sync Amazon has each package exactly once, under its tracking number.
        try shop.ok("sync", "--unthrottled")
        var applied = 0
        for (order, number) in everyShipment {
            let view = try #require(try shop.json("sim", "order", order, "--json") as? JSONObject)
            let packages = (view["packages"] as? [JSONObject] ?? []).filter { $0["trackingNumber"] as? String == number }
            #expect(packages.count == 1, "\(order) \(number): \(packages.count) packages at Amazon")
            applied += packages.count
        }
        let open = try #require(try shop.json("outbox", "--json") as? [JSONObject])
        #expect(open.filter { $0["kind"] as? String == "shipment" }.isEmpty)

        #expect(try shop.integrity(shop.storePath) == "ok")
        #expect(try shop.integrity(shop.simulatorPath) == "ok")
        print("""
            many writers: 4 (console, sync --watch, ship script, settings script) for \(String(format: "%.1f", writersDone.timeIntervalSince(setupDone))) s; \
            \(all.count) commands run (\(ships.count) ships, \(settingRuns.count) settings), \(consoleShipped.count) console ships, \
            \(consoleToggles) console setting switches, \(daemonSyncs) daemon syncs, \(applied) packages at Amazon once each, \
            lock errors \(lockErrors); setup \(String(format: "%.1f", setupDone.timeIntervalSince(started))) s, \
            total \(String(format: "%.1f", Date().timeIntervalSince(started))) s
            """)
    }
}
