import Foundation
import MerchantTestSupport
import Testing

/// A buyer's request to cancel from the command line: listed, shown, refused for shipping without --anyway (one
/// order and --csv), and cancelled with BuyerCanceled when no reason is named (R17, R18, R30).
@Suite("Buyer cancellation requests on the command line", .serialized, .ownThread)
struct BuyerCancelRequestCommandTests {
    /// A paid order whose buyer then asks to cancel, brought home by a sync: its id.
    static func askingOrder(_ m: MerchantBinary) throws -> String {
        let id = try m.paidOrder()
        try m.ok("sim", "request-cancel", id)
        try m.ok("sim", "advance", "--minutes", "3")
        try m.ok("sync")
        return id
    }

    @Test("orders, --status cancel-requested, order and --json say the buyer asks to cancel, and why")
    func listedAndShown() throws {
        let m = MerchantBinary()
        let id = try Self.askingOrder(m)
        let other = try m.paidOrder()
        let listed = try m.ok("orders")
        #expect(listed.contains("1 buyer asks to cancel: see merchant orders --status cancel-requested"))
        #expect(listed.split(separator: "\n").first { $0.hasPrefix(id) }?.hasSuffix("buyer asks to cancel") == true)
        let asking = try m.ok("orders", "--status", "cancel-requested")
        #expect(asking.contains(id) && !asking.contains(other))
        let one = try m.ok("order", id)
        #expect(one.contains("Cancel asked:   buyer asks to cancel: Ordered by mistake"))
        let json = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect((json["buyerCancelRequest"] as? JSONObject)?["reason"] as? String == "Ordered by mistake")
        let rows = try #require(try m.json("orders", "--status", "cancel-requested", "--json") as? [JSONObject])
        #expect(rows.map { $0["amazonOrderId"] as? String } == [id])
        let plain = try #require(try m.json("order", other, "--json") as? JSONObject)
        #expect(plain["buyerCancelRequest"] is NSNull)
    }

    @Test("ship refuses such an order without --anyway, in plain words, and ships nothing; --anyway ships it")
    func shipNeedsAnyway() throws {
        // R30
        let m = MerchantBinary()
        let id = try Self.askingOrder(m)
        let refused = try m.run("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("the buyer asked to cancel \(id) (Ordered by mistake)") && refused.stderr.contains("--anyway"), "\(refused.stderr)")
        #expect((try m.json("order", id, "--json") as? JSONObject)?["localStatus"] as? String == "processing")
        #expect(try m.ok("outbox").contains("shipment") == false)
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127", "--anyway")
        #expect((try m.json("order", id, "--json") as? JSONObject)?["localStatus"] as? String == "shipped")
    }

    @Test("ship --csv ships none when one line's buyer asks to cancel, and says --anyway")
    func csvNeedsAnyway() throws {
        // R30
        let m = MerchantBinary()
        let plain = try m.paidOrder()
        let id = try Self.askingOrder(m)
        let file = m.home.appendingPathComponent("ship.csv")
        try "order,carrier,tracking\n\(plain),UPS,1Z5R89390357567127\n\(id),DHL Express,3318810025\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try m.run("ship", "--csv", file.path)
        #expect(refused.status != 0 && refused.stderr.contains("line 3") && refused.stderr.contains("--anyway"), "\(refused.stderr)")
        #expect((try m.json("order", plain, "--json") as? JSONObject)?["localStatus"] as? String == "processing")
        #expect(try m.ok("ship", "--csv", file.path, "--anyway").contains("Shipped 2 orders"))
    }

    @Test("cancel without --reason sends BuyerCanceled for such an order, and asks for a reason otherwise")
    func cancelDefaultsToBuyerCanceled() throws {
        // R17, R18
        let m = MerchantBinary()
        let id = try Self.askingOrder(m)
        let other = try m.paidOrder()
        let noReason = try m.run("cancel", other, "--refund", "12.90", "--yes")
        #expect(noReason.status != 0 && noReason.stderr.contains("--reason"))
        #expect(try m.ok("cancel", id, "--refund", "12.90", "--yes").contains("Cancelled \(id) (BuyerCanceled)"))
        // The feed is submitted, Amazon processes it, the next sync reads the result.
        for _ in 0..<3 {
            try m.ok("sync")
            try m.ok("sim", "advance", "--minutes", "5")
        }
        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        #expect(amazon["status"] as? String == "CANCELLED")
        #expect(amazon["cancelReason"] as? String == "BuyerCanceled")
        #expect(try m.ok("orders", "--status", "cancel-requested").contains(id) == false)
    }
}
