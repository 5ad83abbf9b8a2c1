import Foundation
import MerchantTestSupport
import Testing

/// The first run of a newcomer: `merchant` on a fresh folder opens the demo shop in the middle of a working day,
/// and its simulated Amazon keeps trading while the console is open, until `demo-trading` is switched off.
@Suite("The first run, alive", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct DemoFirstRunTests {
    /// The row of the screen that shows `text`.
    static func row(_ screen: String, _ text: String) -> Substring? { screen.split(separator: "\n").first { $0.contains(text) } }

    /// How many orders simulated Amazon holds, read from its file as it lies on disk.
    static func amazonOrders(_ m: MerchantBinary) throws -> Int {
        let result = try ShopFolder.run(URL(fileURLWithPath: "/usr/bin/sqlite3"),
                                        [m.home.appendingPathComponent("amazon-simulator.sqlite").path, "SELECT COUNT(*) FROM simOrder"])
        guard result.status == 0, let n = Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw E2EError("sqlite3 could not count the simulator's orders: \(result.stderr)")
        }
        return n
    }

    @Test("a fresh folder opens on orders to ship (one late, one due within the hour), reservations, blocked orders and a return; new orders arrive with no key; demo-trading off stops them (R5, R9, R15)")
    func firstRun() throws {
        let m = MerchantBinary()
        // A buyer a second or so, for the test; a newcomer gets one every minute or two.
        let tmux = try TmuxSession(command: m.shellCommand(environment: "MERCHANT_DEMO_TRADING_PACE=1 "), columns: 120, rows: 45)
        var screen = try tmux.waitFor(all: ["Orders · filter all", "cannot be imported"], seconds: 90)
        screen = try tmux.waitForFinishedSync()

        // R15: orders to ship, one past its deadline and one due within the hour.
        #expect(screen.split(separator: "\n").contains { $0.contains("processing") && $0.contains("LATE") }, "\(screen)")
        #expect(screen.split(separator: "\n").contains { $0.contains("processing") && $0.range(of: #" in [1-5]?[0-9]m\s*$"#, options: .regularExpression) != nil },
                "an order due within the hour: \(screen)")
        // R5: blocked orders, each row saying why.
        #expect(screen.contains("3 Amazon orders cannot be imported"))
        #expect(Self.row(screen, "unknown SKU")?.hasPrefix("!") == true)
        #expect(Self.row(screen, "short of 1") != nil)
        #expect(Self.row(screen, "disabled") != nil)
        // R9: pending orders reserve their stock.
        try tmux.send("2")
        let pending = try tmux.waitFor("Pending ·")
        #expect(pending.contains("reserves"))
        // A return waits for its refund.
        try tmux.send("3")
        let refunds = try tmux.waitFor("Refunds ·")
        #expect(refunds.contains("Requested (1)"))
        #expect(refunds.contains("return on its way"))

        // Live: simulated Amazon trades, and the console's own sync brings a new order, seconds old, with no key.
        try tmux.send("1")
        try m.ok("settings", "set", "sync-interval", "10s")
        try tmux.waitUntil("an order placed while the console was open", seconds: 120) { screen in
            screen.split(separator: "\n").contains { $0.range(of: #"^[ !] \d{3}-\d{7}-\d{7} +\d{1,2}s "#, options: .regularExpression) != nil }
        }

        // The switch is shown with the other settings, and off stops the trading.
        let settings = try #require(try m.json("settings", "show", "--json") as? JSONObject)
        #expect(settings["demo-trading"] as? String == "on")
        #expect(try m.ok("settings", "set", "demo-trading", "off").contains("off"))
        Thread.sleep(forTimeInterval: 1.5)  // a buyer already on the way when the switch turned
        let stopped = try Self.amazonOrders(m)
        Thread.sleep(forTimeInterval: 5)    // five buyers' worth at this pace
        #expect(try Self.amazonOrders(m) == stopped, "no new buyer after demo-trading off")
        try tmux.send("4")
        try tmux.waitFor("[ ] Demo: Amazon keeps trading")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
