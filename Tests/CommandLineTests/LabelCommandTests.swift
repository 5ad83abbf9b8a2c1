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

        let bought = try m.ok("label", id, "--rate", cheapest, "--yes")
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
        let voided = try m.ok("label", id, "--void", "--yes")
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
        let late = try m.run("label", id, "--rate", rate, "--yes")
        #expect(late.status != 0)
        #expect(late.stderr.contains("rates are older than 10 minutes: run `merchant rates \(id)` again"), "\(late.stderr)")
        #expect(try shop.sql(shop.storePath, "SELECT COUNT(*) FROM label").first == ["0"])
        #expect(try shop.sql(shop.simulatorPath, "SELECT COUNT(*) FROM shippingShipment").first == ["0"])
    }

    @Test("a label costs money: a script without --yes is refused, nothing is bought; the void asks the same way")
    func aScriptMustSayYes() throws {
        // R30: refused, nothing changed; the question is the refund's and the cancel's (a terminal is asked, a script says --yes).
        let m = MerchantBinary()
        let shop = ShopFolder(home: m.home)
        let id = try m.paidOrder()
        let offer = try #require(try rates(m, id).first { $0["cheapest"] as? Bool == true })
        let rate = try #require(offer["rateId"] as? String)
        let asked = try m.run("label", id, "--rate", rate)
        #expect(asked.status != 0)
        #expect(asked.stderr.contains("buying a label for \(id) costs 4.29 EUR: confirm it (--yes)"), "\(asked.stderr)")
        #expect(asked.stdout.isEmpty)
        #expect(try shop.sql(shop.storePath, "SELECT COUNT(*) FROM label").first == ["0"])
        #expect(try shop.sql(shop.storePath, "SELECT COUNT(*) FROM outbox WHERE kind = 'label'").first == ["0"])
        #expect(try shop.sql(shop.simulatorPath, "SELECT COUNT(*) FROM shippingShipment").first == ["0"])
        // A purchase the rules refuse says why, not "confirm it": the question comes after the rules.
        let unknown = try m.run("label", id, "--rate", "NOT-A-RATE")
        #expect(unknown.status != 0 && unknown.stderr.contains("is not one of the rates for \(id)"), "\(unknown.stderr)")

        try m.ok("label", id, "--rate", rate, "--yes")
        let void = try m.run("label", id, "--void")
        #expect(void.status != 0)
        #expect(void.stderr.contains("voiding the label of \(id) takes its package off the order: confirm it (--yes)"), "\(void.stderr)")
        #expect(try shop.sql(shop.storePath, "SELECT state FROM label").first == ["saved"])
        #expect((try #require(try m.json("sim", "order", id, "--json") as? JSONObject)["packages"] as? [JSONObject])?.count == 1)
    }

    @Test("an order that is not there is said first, in the merchant's language, before what label or track lack")
    func noSuchOrder() throws {
        // R30
        let m = MerchantBinary()
        for arguments in [["label", "123"], ["label", "123", "--rate", "X"], ["label", "123", "--void"], ["track", "123"], ["track", "123", "--json"]] {
            let english = try m.run(arguments)
            #expect(english.status != 0 && english.stderr == "merchant: there is no order 123\n", "\(arguments): \(english.stderr)")
            let german = try m.run(arguments, environment: ["LANG": "de_DE.UTF-8", "LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil])
            #expect(german.stderr == "merchant: es gibt keine Bestellung 123\n", "\(arguments): \(german.stderr)")
        }
    }

    @Test("--print without lp says so, and the label is still saved")
    func printWithoutLp() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let rate = try #require(try rates(m, id).first?["rateId"] as? String)
        let result = try m.run(["label", id, "--rate", rate, "--format", "zpl", "--print", "--yes"], environment: ["PATH": "/nonexistent"])
        #expect(result.status == 0)
        #expect(result.stderr.contains("lp was not found"), "\(result.stderr)")
        let path = try #require(result.stdout.split(separator: "\n").first?.components(separatedBy: "Saved to ").last)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self).hasPrefix("^XA"))
    }
}
