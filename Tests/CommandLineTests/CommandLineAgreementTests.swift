import Foundation
import MerchantTestSupport
import Testing

/// The command line and the console agree: the same status names, the same search, an empty list that says
/// why, refunds that ask as cancels do, and German amounts (issue 13, items 11 and 16).
@Suite("The command line speaks the console's words", .serialized, .ownThread)
struct CommandLineAgreementTests {
    @Test("--status takes the console's filter names (part-shipped, pending, read-only) and the old partially-shipped")
    func statusNamesAreTheConsoles() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder(quantity: 2)
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127", "--item", "MUG-BLAU-350=1")
        try m.ok("sync")   // the shipment reaches Amazon
        try m.ok("sync")   // and Amazon's new status comes back
        for name in ["part-shipped", "partially-shipped", "PARTIALLY_SHIPPED", "Part Shipped"] {
            let rows = try #require(try m.json("orders", "--status", name, "--json") as? [JSONObject], "\(name)")
            #expect(rows.map { $0["amazonOrderId"] as? String } == [id], "--status \(name)")
        }
        for name in ["pending", "read-only", "pre-order", "blocked", "unshipped", "all", "cancelled", "canceled"] {
            #expect(try m.run("orders", "--status", name).status == 0, "--status \(name) was refused")
        }
        let refused = try m.run("orders", "--status", "lost")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("part-shipped") && !refused.stderr.contains("partially-shipped"), "\(refused.stderr)")
    }

    @Test("an empty filter says no orders match it; \"No orders yet\" is for a store without orders")
    func emptyFilterSaysNoneMatch() throws {
        let m = MerchantBinary()
        _ = try m.paidOrder()
        let out = try m.ok("orders", "--status", "part-shipped")
        #expect(out.contains("No orders match --status part-shipped."), "\(out)")
        #expect(!out.contains("No orders yet"))
        let searched = try m.ok("orders", "--search", "nobody-at-all")
        #expect(searched.contains("No orders match \"nobody-at-all\"."), "\(searched)")
        let empty = MerchantBinary()
        #expect(try empty.ok("orders").contains("No orders yet"))
    }

    @Test("orders --search finds what the console's / finds, German spellings too")
    func searchLikeTheConsole() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let detail = try #require(try m.json("order", id, "--json") as? JSONObject)
        let buyer = try #require(detail["buyerName"] as? String)
        let word = try #require(buyer.split(separator: " ").last.map(String.init))
        let rows = try #require(try m.json("orders", "--search", word, "--json") as? [JSONObject])
        #expect(rows.contains { $0["amazonOrderId"] as? String == id }, "\(word)")
        #expect(try m.ok("orders", "--search", id).contains(id))
        let both = try m.run("orders", "--search", word, "--status", "unshipped")
        #expect(both.status != 0 && both.stderr.contains("--search"))
    }

    @Test("refund without --yes and without a terminal is refused, naming the order and amount, and changes nothing")
    func refundAsksOrRefuses() throws {
        // R20, R30: a refund cannot be taken back, so it asks as cancel does; a script confirms with --yes.
        let m = MerchantBinary()
        let id = try m.paidOrder()
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        try m.ok("sync")
        let refused = try m.run("refund", id, "--amount", "5,00", "--reason", "PriceError")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(id) && refused.stderr.contains("5.00 EUR") && refused.stderr.contains("--yes"), "\(refused.stderr)")
        #expect(try m.ok("outbox").contains("refund") == false)
        // A German amount, confirmed: 5,00 is five euros.
        let done = try m.ok("refund", id, "--amount", "5,00", "--reason", "PriceError", "--yes")
        #expect(done.contains("Refunding 5.00 EUR"), "\(done)")
        // A refund the rules refuse is refused before any question.
        let over = try m.run("refund", id, "--amount", "1.000,00", "--reason", "PriceError")
        #expect(over.status != 0 && over.stderr.contains("more than"), "\(over.stderr)")
    }

    @Test("cancel takes a German amount too")
    func cancelTakesAGermanAmount() throws {
        // R18
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let detail = try #require(try m.json("order", id, "--json") as? JSONObject)
        let total = try #require((detail["total"] as? JSONObject)?["amount"] as? String)
        let german = total.replacingOccurrences(of: ".", with: ",")
        let out = try m.ok("cancel", id, "--refund", german, "--reason", "BuyerCanceled", "--yes")
        #expect(out.contains("refund \(total)"), "\(out)")
    }

    @Test("sim order prints lines for a person, JSON only with --json")
    func simOrderPrintsText() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let text = try m.ok("sim", "order", id)
        #expect(text.hasPrefix("\(id) at simulated Amazon: UNSHIPPED"), "\(text)")
        #expect(text.contains("Items") && text.contains("MUG-BLAU-350") && !text.contains("{"))
        let json = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        #expect(json["orderId"] as? String == id)
    }
}
