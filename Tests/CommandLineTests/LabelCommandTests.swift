import Foundation
import MerchantTestSupport
import Testing

@Suite("Labels from the command line: rates, then a label bought through Amazon", .serialized, .ownThread)
struct LabelCommandTests {
    static let from = "Lager Nord; Hafenstraße 3; 20457; Hamburg; DE"

    func rates(_ m: MerchantBinary, _ id: String) throws -> [JSONObject] {
        let answer = try #require(try m.json("rates", id, "--json") as? JSONObject)
        return try #require(answer["rates"] as? [JSONObject])
    }

    @Test("rates → label on an unshipped order: a PDF label, Amazon's order shows its tracking number once, no confirmShipment")
    func ratesThenLabel() throws {
        // R13, R29
        let m = MerchantBinary()
        let shop = ShopFolder(home: m.home)
        let id = try m.paidOrder()
        let listed = try m.ok("rates", id, "--weight", "350g", "--size", "20x15x10cm", "--from", Self.from)
        #expect(listed.contains("DHL Paket") && listed.contains("cheapest") && listed.contains("fastest") && listed.contains("protected"), "\(listed)")
        let offers = try rates(m, id)
        let cheapest = try #require(offers.first { $0["cheapest"] as? Bool == true }?["rateId"] as? String)

        let bought = try m.ok("label", id, "--rate", cheapest)
        let path = try #require(bought.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(String(decoding: file.prefix(5), as: UTF8.self) == "%PDF-")
        #expect(path.hasPrefix(m.home.appendingPathComponent("labels").path))
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)

        try m.ok("sync")
        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        let packages = try #require(amazon["packages"] as? [JSONObject])
        let tracking = try #require(packages.first?["trackingNumber"] as? String)
        #expect(packages.count == 1 && bought.contains(tracking))
        #expect(amazon["status"] as? String == "SHIPPED")
        // Buy Shipping confirmed it: no confirmShipment reached Amazon, none is owed.
        #expect(try shop.sql(shop.simulatorPath, "SELECT value FROM statistic WHERE name = 'requests.confirmShipment'").isEmpty)
        #expect(((amazon["idempotencyKeyArrivals"] as? JSONObject) ?? [:]).keys.allSatisfy { !$0.hasPrefix("ship:") })
        let owed = try #require(try m.json("outbox", "--all", "--json") as? [JSONObject])
        #expect(!owed.contains { $0["kind"] as? String == "shipment" })
        #expect(owed.filter { $0["kind"] as? String == "label" }.map { $0["state"] as? String } == ["done"])
        let local = try #require(try m.json("order", id, "--json") as? JSONObject)
        #expect(local["localStatus"] as? String == "shipped")

        // Void it: the package comes back, on Amazon and here.
        let voided = try m.ok("label", id, "--void")
        #expect(voided.contains("voided"))
        let after = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
        #expect((after["packages"] as? [JSONObject])?.isEmpty == true && after["status"] as? String == "UNSHIPPED")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("an order without weight or size, and rates older than 10 minutes, are refused in plain words and change nothing")
    func refusals() throws {
        // R30
        let m = MerchantBinary()
        let shop = ShopFolder(home: m.home)
        let id = try m.paidOrder()
        let noWeight = try m.run("rates", id, "--size", "20x15x10cm", "--from", Self.from)
        #expect(noWeight.status != 0)
        #expect(noWeight.stderr.contains("no parcel weight yet") && noWeight.stderr.contains("--weight"), "\(noWeight.stderr)")
        let rate = try #require(try rates(m, id).first?["rateId"] as? String)
        try m.ok("sim", "advance", "--minutes", "11")
        let late = try m.run("label", id, "--rate", rate)
        #expect(late.status != 0)
        #expect(late.stderr.contains("rates are older than 10 minutes: run `merchant rates \(id)` again"), "\(late.stderr)")
        #expect(try shop.sql(shop.storePath, "SELECT COUNT(*) FROM label").first == ["0"])
        #expect(try shop.sql(shop.simulatorPath, "SELECT COUNT(*) FROM shippingShipment").first == ["0"])
    }

    @Test("--print without lp says so, and the label is still saved")
    func printWithoutLp() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let rate = try #require(try rates(m, id).first?["rateId"] as? String)
        let result = try m.run(["label", id, "--rate", rate, "--format", "zpl", "--print"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("lp was not found"), "\(result.stderr)")
        let path = try #require(result.stdout.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).hasPrefix("^XA"))
    }
}
