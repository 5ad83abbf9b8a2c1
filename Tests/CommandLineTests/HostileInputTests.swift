import Foundation
import MerchantTestSupport
import Testing

/// Text from outside is data: escape sequences in buyers' names, titles, SKUs and addresses arrive from
/// Amazon through the real pipeline (simulator, SP-API JSON, sync, store) and leave every command inert.
/// And what a merchant types wrong is refused with a clear message, changing nothing (R30).
@Suite("Hostile input", .serialized, .ownThread)
struct HostileInputTests {
    /// Everything a terminal would act on: CSI, OSC window title, BEL, C1 (NEL, the one-byte CSI U+009B),
    /// bidi override and isolates, DEL, a C0 control. (NUL cannot travel in a process argument; ScreenTests has it.)
    static let hostile = "Eve\u{1B}[2J\u{1B}]0;pwned\u{07}\u{9B}31m\u{85}\u{202E}evil\u{2066}x\u{2069}\u{7F}\u{01}!"

    /// The code points that must never be printed raw: C0 but newline, DEL, C1, bidi controls.
    static func rawControls(_ text: String) -> [String] {
        text.unicodeScalars.filter { s in
            let v = s.value
            return (v < 0x20 && v != 0x0A) || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v)
                || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
        }.map { String(format: "U+%04X", $0.value) }
    }

    static func sqlLiteral(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "''") + "'" }

    @Test("escape sequences in buyer names, titles, SKUs and addresses are inert in every command's output; --json stays valid and keeps the text")
    func hostileTextInert() throws {
        let shop = ShopFolder()
        defer { shop.remove() }
        try shop.ok("sim", "throttling", "off")
        // A title and an unknown SKU at Amazon carrying the same sequences.
        try shop.ok("settings", "show")
        let hostileSku = "BAD\u{1B}[2J\u{9B}\u{202E}SKU"
        _ = try shop.sql(shop.simulatorPath, "UPDATE listing SET title = \(Self.sqlLiteral("Becher " + Self.hostile)) WHERE sku = 'MUG-BLAU-350'")
        _ = try shop.sql(shop.simulatorPath, "INSERT INTO listing (sku, asin, title, price, fba) VALUES (\(Self.sqlLiteral(hostileSku)), 'B0HOSTILE1', \(Self.sqlLiteral(Self.hostile)), '9.99', 0)")
        try shop.ok("catalog", "set", "MUG-BLAU-350", "--stock", "50")
        let shipped = try shop.ok("sim", "place", "--sku", "MUG-BLAU-350", "--buyer", Self.hostile).trimmingCharacters(in: .whitespacesAndNewlines)
        let blocked = try shop.ok("sim", "place", "--sku", hostileSku, "--buyer", "Mallory " + Self.hostile).trimmingCharacters(in: .whitespacesAndNewlines)
        let refunded = try shop.ok("sim", "place", "--sku", "MUG-BLAU-350", "--buyer", "Trudy\u{1B}]0;x\u{07}\u{202E}").trimmingCharacters(in: .whitespacesAndNewlines)
        try shop.ok("sync", "--unthrottled")
        try shop.ok("ship", shipped, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        try shop.ok("ship", refunded, "--carrier", "UPS", "--tracking", TrackingNumbers.valid("UPS", serial: 4))
        try shop.ok("sync", "--unthrottled")
        try shop.ok("refund", refunded, "--amount", "1.00", "--reason", "CustomerReturn", "--yes")
        try shop.ok("sim", "refund", refunded, "--amount", "2.00")
        try shop.ok("sync", "--unthrottled")

        // Every command that shows these orders, their items, addresses, refunds and activity.
        let commands: [[String]] = [
            ["orders"], ["orders", "--json"], ["orders", "--status", "blocked"], ["overview"],
            ["order", shipped], ["order", shipped, "--json"], ["order", blocked], ["order", blocked, "--json"],
            ["order", refunded], ["refunds"], ["refunds", "--json"], ["activity"], ["activity", "--json"],
            ["catalog"], ["catalog", "--json"], ["outbox"], ["outbox", "--json"], ["settings", "show"],
        ]
        var checked = 0
        for command in commands {
            let result = try shop.run(command)
            #expect(result.status == 0, "merchant \(command.joined(separator: " ")): \(result.stderr)")
            #expect(Self.rawControls(result.stdout).isEmpty, "merchant \(command.joined(separator: " ")) printed \(Self.rawControls(result.stdout))")
            #expect(Self.rawControls(result.stderr).isEmpty)
            if command.contains("--json") {
                // Valid JSON, the text escaped, not lost: a script reads back exactly what Amazon sent.
                let parsed = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
                if command.first == "order", command[1] == shipped {
                    let order = try #require(parsed as? JSONObject)
                    #expect(order["buyerName"] as? String == Self.hostile)
                    let items = try #require(order["items"] as? [JSONObject])
                    #expect(items.first?["title"] as? String == "Becher " + Self.hostile)
                }
                if command.first == "order", command[1] == blocked {
                    let items = (parsed as? JSONObject)?["items"] as? [JSONObject]
                    #expect(items?.first?["sku"] as? String == hostileSku)
                }
            }
            checked += 1
        }
        // The text view still names the buyer, made visible: the escape shows as \u{1b}.
        let detail = try shop.ok("order", shipped)
        #expect(detail.contains("Eve\\u{1b}[2J"))
        #expect(detail.contains("\\u{202e}evil"))
        #expect(checked == commands.count)
    }

    @Test("malformed amounts, dates, SKUs and tracking numbers are refused with a clear message on stderr and change nothing (R30)")
    func malformedInputRefused() throws {
        let shop = ShopFolder()
        defer { shop.remove() }
        try shop.ok("sim", "throttling", "off")
        try shop.ok("catalog", "set", "MUG-BLAU-350", "--stock", "50")
        let place = { try shop.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines) }
        let toShip = try place(), toCancel = try place(), toRefund = try place()
        try shop.ok("sync", "--unthrottled")
        try shop.ok("ship", toRefund, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        try shop.ok("sync", "--unthrottled")

        let amounts = ["1.000.00", "-1", "1e9", "NaN", "١٢", "12.345", " 12", "12 ", "", "0x10", "+-1", "1.2.3", "99999999999999999999"]
        let dates = ["2026-13-01", "tomorrow", "2026-11-23T25:00", "2026-11-23T25:00:00Z", "2026-02-30", "", "23.11.2026", "2026-11-23\u{1B}[2J"]
        let skus = ["", " ", "MUG\u{1B}[2J", "MUG\u{07}", "MUG\u{9B}1", "MUG\u{202E}X", "MUG BLAU", String(repeating: "A", count: 41), "МУГ"]
        let trackings = ["", "1Z5R89390357567128", "1Z5R8939\u{1B}[2J0357567127", String(repeating: "1", count: 200), "١Z5R89390357567127", "1Z5R89390357567127\u{202E}"]
        var commands: [[String]] = []
        for a in amounts {
            commands.append(["refund", toRefund, "--amount=\(a)", "--reason", "CustomerReturn"])
            commands.append(["cancel", toCancel, "--refund=\(a)", "--reason", "BuyerCanceled", "--yes"])
            commands.append(["catalog", "set", "MUG-BLAU-350", "--stock=\(a)"])
            commands.append(["catalog", "set", "MUG-BLAU-350", "--amazon-price=\(a)"])
        }
        for d in dates { commands.append(["ship", toShip, "--carrier", "UPS", "--tracking", TrackingNumbers.valid("UPS", serial: 9), "--date=\(d)"]) }
        for s in skus {
            commands.append(["catalog", "map", s, "MUG-BLAU-350"])
            commands.append(["catalog", "map", "AMZ-LEGACY-TASSE", s])
            commands.append(["catalog", "set", s, "--stock", "3"])
            commands.append(["ship", toShip, "--carrier", "UPS", "--tracking", TrackingNumbers.valid("UPS", serial: 9), "--item", "\(s)=1"])
        }
        for t in trackings {
            commands.append(["ship", toShip, "--carrier", "UPS", "--tracking=\(t)"])
            commands.append(["ship", toShip, "--carrier", "DHL", "--tracking=\(t)"])
        }
        let before = try shop.dump()
        #expect(before.contains("CREATE TABLE"))
        for command in commands {
            let result = try shop.run(command)
            let shown = command.joined(separator: " ").debugDescription
            #expect(result.status != 0, "\(shown) was accepted: \(result.stdout)")
            // Ours start "merchant: "; a value the parser cannot read gets its own "Error: " with the usage.
            #expect(result.stderr.hasPrefix("merchant: ") || result.stderr.hasPrefix("Error: "), "\(shown): \(result.stderr)")
            #expect(!result.stderr.contains("Error(") && !result.stderr.contains("Optional("), "\(shown): \(result.stderr)")
            #expect(Self.rawControls(result.stderr).isEmpty, "\(shown) echoed \(Self.rawControls(result.stderr))")
            #expect(result.stdout.isEmpty, "\(shown): \(result.stdout)")
        }
        #expect(try shop.dump() == before)
        print("hostile input: \(commands.count) malformed commands refused, store dump unchanged")
    }
}
