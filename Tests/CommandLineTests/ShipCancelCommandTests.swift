import Foundation
import MerchantTestSupport
import Testing

@Suite("Shipping and cancelling from the command line", .serialized, .ownThread)
struct ShipCancelCommandTests {
    @Test("merchant ship confirms the shipment at Amazon on the next sync")
    func shipReachesAmazon() throws {
        // R13
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let shipped = try m.ok("ship", id, "--carrier", "ups", "--tracking", "1z5r 8939 0357 5671 27")
        #expect(shipped.contains("1Z5R89390357567127"))
        try m.ok("sync")
        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        #expect(amazon["status"] as? String == "SHIPPED")
        let packages = try #require(amazon["packages"] as? [JSONObject])
        #expect(packages.first?["trackingNumber"] as? String == "1Z5R89390357567127")
        let local = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect(local["localStatus"] as? String == "shipped")
    }

    @Test("a wrong tracking number is refused with a clear message and changes nothing")
    func wrongTrackingRefused() throws {
        // R13, R30
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let result = try m.run("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567128")
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("merchant: ") && result.stderr.contains("check"))
        let local = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect(local["localStatus"] as? String == "processing")
        #expect(try m.ok("outbox").contains("shipment") == false)
    }

    @Test("a partial shipment run twice (a script re-running it after a crash) ships its parcel once")
    func partialShipRunTwice() throws {
        // R13, R29, R30
        let m = MerchantBinary()
        let id = try m.paidOrder(quantity: 3)
        let command = ["ship", id, "--carrier", "DHL Express", "--tracking", "3318810025", "--item", "MUG-BLAU-350=1"]
        try m.ok(command)
        let again = try m.run(command)
        #expect(again.status != 0)
        #expect(again.stderr.contains("already has package 1 with tracking number 3318810025"), "\(again.stderr)")
        try m.ok("sync")
        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        #expect((amazon["packages"] as? [JSONObject])?.count == 1)
        #expect(amazon["status"] as? String == "PARTIALLY_SHIPPED")
    }

    @Test("ship --csv ships every line, or none when one is refused")
    func csvAllOrNothing() throws {
        // R30
        let m = MerchantBinary()
        let a = try m.paidOrder()
        let b = try m.paidOrder()
        let file = m.home.appendingPathComponent("ship.csv")
        try "order,carrier,tracking\n\(a),UPS,1Z5R89390357567127\n\(b),DHL Express,3318810026\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try m.run("ship", "--csv", file.path)
        #expect(refused.status != 0 && refused.stderr.contains("line 3"))
        #expect((try m.json("order", a, "--json") as? JSONObject)?["localStatus"] as? String == "processing")
        try "order,carrier,tracking\n\(a),UPS,1Z5R89390357567127\n\(b),DHL Express,3318810025\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(try m.ok("ship", "--csv", file.path).contains("Shipped 2 orders"))
    }

    @Test("cancel asks first: a script must say --yes; then it reaches Amazon")
    func cancelNeedsConfirmation() throws {
        // R17, R18
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let unconfirmed = try m.run("cancel", id, "--refund", "12.90", "--reason", "BuyerCanceled")
        #expect(unconfirmed.status != 0 && unconfirmed.stderr.contains("cannot be undone"))
        #expect((try m.json("order", id, "--json") as? JSONObject)?["localStatus"] as? String == "processing")
        let zero = try m.run("cancel", id, "--refund", "0", "--reason", "BuyerCanceled", "--yes")
        #expect(zero.status != 0 && zero.stderr.contains("greater than zero"))
        try m.ok("cancel", id, "--refund", "12.90", "--reason", "buyer-canceled", "--yes")
        #expect((try m.json("order", id, "--json") as? JSONObject)?["localStatus"] as? String == "cancelled")
        try m.ok("sync")
        let shipAfter = try m.run("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        #expect(shipAfter.status != 0 && shipAfter.stderr.contains("cancelled"))
    }
}
