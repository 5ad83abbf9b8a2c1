import Foundation
import MerchantTestSupport
import Testing

@Suite("Shop orders from the command line: Amazon fulfils FBA products", .serialized, .ownThread)
struct ShopOrderCommandTests {
    @Test("FBA on, a shop order, sync: Amazon completes it with a tracking number; FBA off: the next one waits for the merchant")
    func fbaSwitchDecides() throws {
        // R26, R24
        let m = MerchantBinary()
        try m.ok("catalog", "set", "MUG-BLAU-350", "--fba", "on")
        try m.ok("sync")
        #expect(try m.ok("catalog").contains("MUG-BLAU-350"))
        try m.ok("sim", "fba-stock", "MUG-BLAU-350", "10")
        try m.ok("sync")
        let byAmazon = try m.shopOrder(sku: "MUG-BLAU-350")
        try m.ok("sync")
        try m.ok("sim", "advance", "--minutes", "420")
        try m.ok("sync")
        let orders = try #require(try m.json("shop", "orders", "--json") as? [JSONObject])
        let done = try #require(orders.first { $0["reference"] as? String == byAmazon })
        let fulfillment = try #require(done["fulfillment"] as? JSONObject)
        #expect(fulfillment["status"] as? String == "Complete")
        #expect((fulfillment["trackingNumber"] as? String)?.hasPrefix("TBA") == true)
        #expect(done["status"] as? String == "shipped")

        try m.ok("catalog", "set", "MUG-BLAU-350", "--fba", "off")
        let manual = try m.shopOrder(sku: "MUG-BLAU-350")
        let after = try #require(try m.json("shop", "orders", "--json") as? [JSONObject])
        #expect(after.first { $0["reference"] as? String == manual }?["fulfilledBy"] as? String == "merchant")
        #expect(try m.ok("shop", "ship", manual, "--carrier", "UPS", "--tracking", "1Z5R89390357567127").contains("Shipped"))
    }

    @Test("switching FBA on warns when Amazon holds nothing, and a shop order Amazon cannot fill stays with the merchant")
    func noStockAtAmazon() throws {
        // R27
        let m = MerchantBinary()
        try m.ok("sync")
        try m.ok("sim", "fba-stock", "WAAGE-DIGI", "0")
        try m.ok("sync")
        let warned = try m.run("catalog", "set", "WAAGE-DIGI", "--fba", "on")
        #expect(warned.status == 0 && warned.stderr.contains("Amazon holds no fulfillable stock of WAAGE-DIGI"))
        // Amazon's stock was read (0): the order is the merchant's from the start, never queued for Amazon.
        let order = try m.shopOrder(sku: "WAAGE-DIGI")
        let synced = try m.ok("sync")
        #expect(!synced.contains("refused by Amazon") && !synced.contains("not sent"), "\(synced)")
        let messages = try #require(try m.json("outbox", "--all", "--json") as? [JSONObject])
        #expect(!messages.contains { $0["subject"] as? String == order })
        let orders = try #require(try m.json("shop", "orders", "--json") as? [JSONObject])
        let kept = try #require(orders.first { $0["reference"] as? String == order })
        #expect(kept["fulfilledBy"] as? String == "merchant")
        #expect((kept["note"] as? String)?.contains("Amazon holds 0 of WAAGE-DIGI") == true)
    }

    @Test("a shop order for more than the shelf and Amazon hold: never announced as Amazon's, warned at once, its shipment refused")
    func moreThanAnyoneHolds() throws {
        // R27, R5, R30
        let m = MerchantBinary()
        try m.ok("sync")
        try m.ok("sim", "fba-stock", "WAAGE-DIGI", "59")
        try m.ok("catalog", "set", "WAAGE-DIGI", "--fba", "on", "--stock", "15")
        try m.ok("sync")
        let entered = try m.run("shop", "order", "--sku", "WAAGE-DIGI", "--quantity", "100", "--name", "Big",
                                "--address", "Hauptstraße 1, 10115 Berlin", "--country", "DE")
        #expect(entered.status == 0)
        #expect(entered.stdout.contains("you ship it (Amazon cannot fulfil it: Amazon holds 59 of WAAGE-DIGI, 100 needed)"))
        #expect(!entered.stdout.contains("(FBA)"))
        #expect(entered.stderr.contains("needs 100 of WAAGE-DIGI, but only 15 are on hand"))
        let reference = String(entered.stdout.prefix { $0 != ":" })
        let shipped = try m.run("shop", "ship", reference, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        #expect(shipped.status != 0 && shipped.stderr.contains("only 15 are on hand"))
        let catalog = try #require(try m.json("catalog", "--json") as? [JSONObject])
        let waage = try #require(catalog.first { ($0["product"] as? JSONObject)?["sku"] as? String == "WAAGE-DIGI" })
        #expect((waage["stock"] as? JSONObject)?["onHand"] as? Int == 15)
        #expect((waage["stock"] as? JSONObject)?["held"] as? Int == 100)
    }
}
