import Foundation
import MerchantTestSupport
import Testing

/// The console left open while the world changes: orders placed at (simulated) Amazon arrive by the
/// console's own background sync, with no key pressed; FBA switched in Settings is stored, and the stock
/// Amazon holds appears at the next sync (R26, R27).
@Suite("The console live, in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsoleLiveTests {
    /// A fresh folder whose console syncs every 10 seconds (the shortest interval), opened in tmux.
    static func open(_ m: MerchantBinary, environment: String = "", interval: String = "10s") throws -> TmuxSession {
        try m.ok("settings", "set", "sync-interval", interval)
        let tmux = try TmuxSession.console(m, environment: environment)
        // The first background sync finished.
        try tmux.waitForFinishedSync()
        return tmux
    }

    @Test("an order placed at Amazon while the console is open appears without a key press (R1, R3)")
    func newOrdersArrive() throws {
        let m = MerchantBinary()
        let tmux = try Self.open(m)
        let id = try m.ok("sim", "place", "--sku", "TEE-MATCHA-100", "--buyer", "山田 Live").trimmingCharacters(in: .whitespacesAndNewlines)
        // No key: the next sync (10 s) brings it, and the list redraws with it.
        let screen = try tmux.waitFor(id, seconds: 45)
        let row = try #require(screen.split(separator: "\n").first { $0.contains(id) })
        #expect(row.contains("山田 Live"))
        #expect(row.contains("unshipped"))
        // A second one, while the first is on screen: the console keeps syncing on its own.
        let second = try m.ok("sim", "place", "--sku", "MUG-BLAU-350", "--buyer", "Jürgen Live").trimmingCharacters(in: .whitespacesAndNewlines)
        try tmux.waitFor(second, seconds: 45)
        try tmux.send("q")
        _ = try tmux.waitForExit()
        // The console's sync stored them: the command line sees both.
        let orders = try #require(try m.json("orders", "--json") as? [JSONObject])
        #expect(Set(orders.compactMap { $0["amazonOrderId"] as? String }).isSuperset(of: [id, second]))
    }

    @Test("Space on a product in Settings switches FBA: stored, the R27 warning shown, Amazon's stock read at the next sync")
    func toggleFBA() throws {
        let m = MerchantBinary()
        // Amazon already holds stock of it, but the console has never read it: FBA was off.
        try m.ok("sim", "fba-stock", "BECHER-THAI", "58")
        let tmux = try Self.open(m)
        try tmux.send("4")
        try tmux.waitFor("AT AMAZON")
        // The switches (4 rows), then the products in SKU order: BECHER-THAI first.
        try tmux.send("j", "j", "j", "j", "j", "j", "Space")  // past the switches, the interval, the language and the label format
        // R26: asked first, No chosen; y and Enter switch it.
        try tmux.waitFor("Switch BECHER-THAI")
        try tmux.send("y", "Enter")
        let saved = try tmux.waitFor("Saved: BECHER-THAI is fulfilled by Amazon (FBA).")
        // R27: switched, with the warning that Amazon's stock is not known yet.
        #expect(saved.replacingOccurrences(of: "\n", with: " ").contains("not known yet"))
        let catalog = try #require(try m.json("catalog", "--json") as? [JSONObject])
        let entry = try #require(catalog.first { ($0["product"] as? JSONObject)?["sku"] as? String == "BECHER-THAI" })
        #expect((entry["product"] as? JSONObject)?["fba"] as? Bool == true)
        // R27: the next sync reads what Amazon can ship, and the row shows it.
        try tmux.waitUntil("BECHER-THAI with 58 at Amazon", seconds: 45) { screen in
            screen.split(separator: "\n").contains { $0.contains("[x] BECHER-THAI") && $0.contains(" 58 ") }
        }
        try tmux.send("q")
        _ = try tmux.waitForExit()
        let after = try #require(try m.json("catalog", "--json") as? [JSONObject])
        let read = try #require(after.first { ($0["product"] as? JSONObject)?["sku"] as? String == "BECHER-THAI" })
        #expect((read["fbaStock"] as? JSONObject)?["fulfillable"] as? Int == 58)
    }

    @Test("a change written by another process shows without a key and without a sync (PRAGMA data_version)")
    func outsideWriteShows() throws {
        let m = MerchantBinary()
        // No sync for an hour after the first: only the store's data version can bring the change.
        let tmux = try Self.open(m, interval: "1h")
        try tmux.send("4")
        try tmux.waitFor("[ ] Import pending orders")
        try m.ok("settings", "set", "import-pending", "on")
        // Within a second by design; the deadline is generous, and well short of the next sync.
        try tmux.waitFor("[x] Import pending orders", seconds: 20)
        let status = try tmux.capture()
        #expect(status.contains("next in 59m") || status.contains("next in 1h"), "no sync ran since the first")
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }

    @Test("NO_COLOR: the terminal gets no colour, and still bold and reverse; without it, colour")
    func noColor() throws {
        for noColor in [true, false] {
            let m = MerchantBinary()
            // The test runner may have NO_COLOR set itself: the control run unsets it.
            let tmux = try Self.open(m, environment: noColor ? "NO_COLOR=1 " : "env -u NO_COLOR ")
            // A saved setting's message is green where there is colour.
            try tmux.send("4", "j", "Space")
            try tmux.waitFor("Saved: Import pending orders is on")
            let parameters = Self.sgrParameters(try tmux.captureStyled())
            let colours = parameters.filter { (30...38).contains($0) || (90...97).contains($0) }
            #expect(colours.isEmpty == noColor, "NO_COLOR \(noColor): colour parameters \(Set(colours))")
            #expect(parameters.contains(7), "reverse: the tab bar, the selected row, the status line")
            #expect(parameters.contains(1), "bold")
            try tmux.send("q")
            _ = try tmux.waitForExit()
        }
    }

    /// Every parameter of every SGR sequence (`ESC [ … m`) in a styled capture.
    static func sgrParameters(_ text: String) -> [Int] {
        var out: [Int] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
            if rest[end] == "m" { out += rest[..<end].split(separator: ";").compactMap { Int($0) } }
            rest = rest[end...]
        }
        return out
    }
}
