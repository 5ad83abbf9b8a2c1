import Foundation
import MerchantTestSupport
import Testing

/// `merchant ship --csv` with files merchants really have: a spreadsheet's export with a byte-order mark,
/// CRLF line ends, `;` between fields (Excel in Germany), and quoted fields holding the separator or a line break.
@Suite("Shipping from a spreadsheet's CSV export", .serialized, .ownThread)
struct ShipmentCSVTests {
    func paidOrders(_ m: MerchantBinary, _ n: Int) throws -> [String] {
        let ids = try (0..<n).map { _ in
            try m.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines)
        }
        try m.ok("sync")
        return ids
    }

    func write(_ text: String, _ m: MerchantBinary, _ name: String) throws -> String {
        let file = m.home.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func shipments(_ m: MerchantBinary) throws -> Int {
        let outbox = try #require(try m.json("outbox", "--json") as? [JSONObject])
        return outbox.filter { $0["kind"] as? String == "shipment" }.count
    }

    @Test("an error on a line after a quoted field spanning two lines names the right line, and nothing ships")
    func errorNamesTheLineAndShipsNothing() throws {
        // R13 (a wrong check digit), R30 (a refused file changes nothing and says where)
        let m = MerchantBinary()
        let ids = try paidOrders(m, 3)
        let file = try write("""
            order,carrier,tracking
            \(ids[0]),"DHL, Express",3318810025
            \(ids[1]),UPS,"1Z5R8939
            0357567127"
            \(ids[2]),Royal Mail,RB123456786GB

            """, m, "bad.csv")
        let result = try m.run("ship", "--csv", file)
        #expect(result.status != 0)
        #expect(result.stderr.contains("line 5") && result.stderr.contains(ids[2]) && result.stderr.contains("check digit"), "\(result.stderr)")
        #expect(result.stderr.contains("Nothing was shipped") && !result.stderr.contains(".."), "\(result.stderr)")
        #expect(try shipments(m) == 0)
        for id in ids {
            let order = try #require(try m.json("order", id, "--json") as? JSONObject)
            #expect(order["localStatus"] as? String == "processing")
        }
    }

    @Test("a German Excel export (BOM, CRLF, semicolons, quoted fields with ; and a line break) ships every line, once")
    func germanExcelExportShipsEveryLine() throws {
        // R13, R29: every line ships, each reaches Amazon once
        let m = MerchantBinary()
        let ids = try paidOrders(m, 3)
        let rows = [
            "Bestellnummer;Versanddienstleister;Sendungsnummer;Versanddatum",
            "\"\(ids[0])\";\"DHL; Express\";3318810025;",
            "\(ids[1]);\"United Parcel Service\";\"1Z5R 8939\r\n0357 5671 27\";",
            "\(ids[2]);Royal Mail;RB123456785GB;;;",
        ]
        let file = try write("\u{FEFF}" + rows.joined(separator: "\r\n") + "\r\n", m, "versand.csv")
        let out = try m.ok("ship", "--csv", file)
        #expect(out.contains("Shipped 3 orders"), "\(out)")
        try m.ok("sync")
        let expected = [(ids[0], "3318810025"), (ids[1], "1Z5R89390357567127"), (ids[2], "RB123456785GB")]
        for (id, tracking) in expected {
            let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject)
            let packages = try #require(amazon["packages"] as? [JSONObject])
            #expect(packages.map { $0["trackingNumber"] as? String } == [tracking], "\(id)")
        }
        // Run again: each line is a parcel the order already has, so nothing ships twice.
        let again = try m.run("ship", "--csv", file)
        #expect(again.status != 0 && again.stderr.contains("line 2"), "\(again.stderr)")
    }

    @Test("a tab-separated file, and a Japanese carrier, read the same way")
    func tabsAndJapaneseCarriers() throws {
        // R13: Amazon receives its own code for Yamato Transport
        let m = MerchantBinary()
        let ids = try paidOrders(m, 2)
        let file = try write("\(ids[0])\tYamato Transport\t4444-1375-8703\n\(ids[1])\tJapan Post\tEJ123456785JP\n", m, "tabs.tsv")
        #expect(try m.ok("ship", "--csv", file).contains("Shipped 2 orders"))
        try m.ok("sync")
        let amazon = try #require(try m.json("sim", "order", ids[0], "--json") as? JSONObject)
        let package = try #require((amazon["packages"] as? [JSONObject])?.first)
        #expect(package["trackingNumber"] as? String == "444413758703")
        #expect(package["carrier"] as? String == "YamatoTransport")
    }
}
