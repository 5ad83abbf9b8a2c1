import Foundation
import MerchantTestSupport
import Testing

@Suite("The merchant command line, run as a merchant would", .serialized, .ownThread)
struct EverydayCommandsTests {
    @Test("a first run sets up demo data; two simulated hours and a sync give a realistic mix")
    func demoFlow() throws {
        // R1, R2, R4, R5, R8, R9
        let m = MerchantBinary()
        try m.ok("sim", "advance", "--minutes", "120", "--seed", "3")
        let synced = try m.ok("sync")
        #expect(synced.contains("Synced") && synced.contains("imported"))
        let orders = try #require(try m.json("orders", "--limit", "500", "--json") as? [JSONObject])
        let statuses = Set(orders.compactMap { $0["orderStatus"] as? String })
        #expect(statuses.isSuperset(of: ["PENDING", "UNSHIPPED", "SHIPPED"]))
        #expect(orders.contains { $0["fulfilledBy"] as? String == "AMAZON" })
        #expect(orders.contains { ($0["blockers"] as? [String])?.isEmpty == false })
        #expect(orders.contains { $0["importState"] as? String == "beforeConnection" && $0["localStatus"] is NSNull })
        for order in orders where order["orderStatus"] as? String == "PENDING" {
            #expect(order["total"] is NSNull)  // R8
        }
        let names = orders.compactMap { $0["buyerName"] as? String }
        #expect(names.contains { $0.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } })  // Thai
        #expect(names.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) || (0x3040...0x30FF).contains($0.value) } })  // Japanese
        #expect(names.contains { $0.contains(where: { "äöüßÄÖÜ".contains($0) }) })  // German
        let first = try #require(orders.first)
        for key in ["amazonOrderId", "orderStatus", "localStatus", "fulfilledBy", "purchaseDate", "latestShipDate", "buyerName", "total", "items", "blockers", "marketplaceId"] {
            #expect(first.keys.contains(key), "orders --json carries \(key)")
        }
        let listed = try m.ok("orders")
        #expect(listed.contains("cannot be imported"))
    }

    @Test("an order blocked for an unknown SKU is imported after catalog map and the next sync")
    func mapUnblocks() throws {
        // R5
        let m = MerchantBinary()
        let id = try m.ok("sim", "place", "--sku", "AMZ-LEGACY-TASSE").trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("sync")
        let blocked = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect(blocked["importState"] as? String == "blocked")
        #expect(blocked["localStatus"] is NSNull)
        try m.ok("catalog", "map", "AMZ-LEGACY-TASSE", "MUG-BLAU-350")
        try m.ok("sync")
        let imported = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect(imported["localStatus"] as? String == "processing")
        #expect(imported["blockers"] as? [String] == [])
    }

    @Test("a pending order reserves stock; payment fills in the address; a fraud cancel releases")
    func pendingLifecycle() throws {
        // R9, R11, R12
        let m = MerchantBinary()
        let paid = try m.ok("sim", "place", "--sku", "TEE-GRUEN-500", "--quantity", "2", "--pending").trimmingCharacters(in: .whitespacesAndNewlines)
        let fraud = try m.ok("sim", "place", "--sku", "TEE-GRUEN-500", "--quantity", "3", "--pending").trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("sync")
        let catalog = try #require(try m.json("catalog", "list", "--json") as? [JSONObject])
        let tea = try #require(catalog.first { ($0["product"] as? JSONObject)?["sku"] as? String == "TEE-GRUEN-500" })
        #expect((tea["stock"] as? JSONObject)?["reserved"] as? Int == 5)
        #expect(tea["offeredOnAmazon"] as? Int == 55)
        let pending = try #require(try m.json("order", paid, "--json") as? JSONObject)
        #expect(pending["shippingAddress"] == nil || pending["shippingAddress"] is NSNull)

        try m.ok("sim", "pay", paid)
        try m.ok("sim", "fraud-cancel", fraud)
        try m.ok("sync")
        let filled = try #require(try m.json("order", paid, "--json") as? JSONObject)
        #expect(filled["localStatus"] as? String == "processing")
        #expect(filled["shippingAddress"] is JSONObject)
        #expect(filled["total"] is JSONObject)
        let after = try #require(try m.json("catalog", "list", "--json") as? [JSONObject])
        let teaAfter = try #require(after.first { ($0["product"] as? JSONObject)?["sku"] as? String == "TEE-GRUEN-500" })
        #expect((teaAfter["stock"] as? JSONObject)?["reserved"] as? Int == 0)
        #expect((teaAfter["stock"] as? JSONObject)?["held"] as? Int == 2)
    }

    @Test("refused commands exit non-zero, say why on stderr, and change nothing", arguments: [
        ["settings", "set", "import-orders", "maybe"],
        ["settings", "set", "sync-interval", "2d"],
        ["settings", "set", "colour", "blue"],
        ["catalog", "set", "MUG-BLAU-350", "--asin", "B0DEMO00ß"],
        ["catalog", "set", "MUG-BLAU-350", "--stock", "-1"],
        ["catalog", "set", "MUG-BLAU-350", "--stock=-1"],
        ["catalog", "set", "NO-SUCH-SKU", "--stock", "3"],
        ["catalog", "set", "MUG-BLAU-350", "--amazon-price", "1.000.00"],
        ["catalog", "map", "AMZ-LEGACY-TASSE", "NO-SUCH-SKU"],
        ["orders", "--status", "lost"],
        ["order", "999-0000000-0000000"],
        ["sync", "--endpoint", "ftp://example"],
    ])
    func refusalsChangeNothing(arguments: [String]) throws {
        // R30
        let m = MerchantBinary()
        try m.ok("settings", "show")  // first run: set up
        let settingsBefore = try m.ok("settings", "show", "--json")
        let catalogBefore = try m.ok("catalog", "list", "--json")
        let result = try m.run(arguments)
        #expect(result.status != 0)
        // Our refusals start "merchant: "; a malformed command line gets the parser's usage error.
        #expect(result.stderr.hasPrefix("merchant: ") || result.stderr.hasPrefix("Error: "))
        #expect(!result.stderr.contains("Error("))  // words, not a Swift dump
        #expect(try m.ok("settings", "show", "--json") == settingsBefore)
        #expect(try m.ok("catalog", "list", "--json") == catalogBefore)
    }

    @Test("the data folder is the merchant's alone: folder 0700, files 0600")
    func filePermissions() throws {
        let m = MerchantBinary()
        try m.ok("settings", "show")
        let fm = FileManager.default
        let folder = try fm.attributesOfItem(atPath: m.home.path)[.posixPermissions] as? Int
        #expect(folder == 0o700)
        for file in ["merchant.sqlite", "amazon-simulator.sqlite"] {
            let mode = try fm.attributesOfItem(atPath: m.home.appendingPathComponent(file).path)[.posixPermissions] as? Int
            #expect(mode == 0o600, "\(file)")
        }
    }

    @Test("a setting changed on the command line is stored at once and written to the activity log")
    func settingChangeLogged() throws {
        // R28
        let m = MerchantBinary()
        #expect(try m.ok("settings", "set", "import-pending", "on").contains("Import pending orders: on"))
        let settings = try #require(try m.json("settings", "show", "--json") as? [String: String])
        #expect(settings["import-pending"] == "on")
        #expect(settings["import-orders"] == "on" && settings["reserve-pending"] == "on")
    }
}
