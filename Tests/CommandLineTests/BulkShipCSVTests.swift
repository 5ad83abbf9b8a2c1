import Foundation
import MerchantTestSupport
import Testing

@Suite("Bulk CSV: a thousand shipments at once, or none", .serialized, .ownThread)
struct BulkShipCSVTests {
    @Test("1,000 shipments from one CSV are checked and applied; one bad line applies nothing and is named")
    func thousandShipments() throws {
        // R13 (valid tracking per carrier), R30 (a refused action changes nothing and says why), R29 (each reaches Amazon once)
        let shop = ShopFolder()
        defer { shop.remove() }
        var clock = Date()
        func lap() -> String {
            defer { clock = Date() }
            return String(format: "%.2f s", Date().timeIntervalSince(clock))
        }

        // About 1,700 Amazon orders in 55 simulated hours; with stock for all, some 1,150 are merchant-fulfilled and open.
        try shop.ok("sim", "throttling", "off")
        let catalog = try #require(try shop.json("catalog", "--json") as? [JSONObject])
        for entry in catalog {
            guard let sku = (entry["product"] as? JSONObject)?["sku"] as? String else { continue }
            try shop.ok("catalog", "set", sku, "--stock", "100000", "--enabled", "on")
        }
        try shop.ok("sim", "advance", "--minutes", "3300", "--seed", "11")
        try shop.ok("sync", "--unthrottled")
        let open = try #require(try shop.json("orders", "--status", "unshipped", "--limit", "10000", "--json") as? [JSONObject])
            // Not those whose buyer asks to cancel: they ship only with --anyway (ShipWarning).
            .filter { $0["localStatus"] as? String == "processing" && $0["fulfilledBy"] as? String == "MERCHANT" && $0["buyerCancelRequest"] is NSNull }
            .compactMap { $0["amazonOrderId"] as? String }
        try #require(open.count >= 1_000, "only \(open.count) open orders")
        let setup = lap()

        // Every line a real carrier and a number whose check digit is right.
        let orders = Array(open.sorted().prefix(1_000))
        let lines = orders.enumerated().map { n, order -> (order: String, carrier: String, tracking: String) in
            let carrier = TrackingNumbers.carriers[n % TrackingNumbers.carriers.count]
            return (order, carrier, TrackingNumbers.valid(carrier, serial: 100_000 + n))
        }
        func write(_ rows: [(order: String, carrier: String, tracking: String)], to name: String) throws -> String {
            let file = shop.home.appendingPathComponent(name)
            try ("order,carrier,tracking\n" + rows.map { "\($0.order),\($0.carrier),\($0.tracking)" }.joined(separator: "\n") + "\n")
                .write(to: file, atomically: true, encoding: .utf8)
            return file.path
        }

        // One wrong check digit in the 500th shipment (line 501, after the header): nothing changes, the line is named.
        var bad = lines
        bad[499].tracking = TrackingNumbers.wrongCheckDigit(bad[499].tracking)
        let badFile = try write(bad, to: "bad.csv")
        let before = try shop.dump()
        _ = lap()
        let refused = try shop.run(["ship", "--csv", badFile])
        let checkOnly = lap()
        #expect(refused.status != 0)
        #expect(refused.stderr.contains(bad[499].order) && refused.stderr.contains("check digit"), "\(refused.stderr)")
        #expect(refused.stdout.isEmpty)
        #expect(try shop.dump() == before, "the refused file changed the store")
        #expect(refused.stderr.contains("line 501"), "\(refused.stderr)")

        // The good file ships all 1,000, with the numbers as written.
        let goodFile = try write(lines, to: "good.csv")
        _ = lap()
        let shipped = try shop.ok("ship", "--csv", goodFile)
        let apply = lap()
        #expect(shipped.contains("Shipped 1000 orders"))
        let local = Dictionary(uniqueKeysWithValues: try shop.sql(shop.storePath, "SELECT amazonOrderId, status FROM localOrder WHERE amazonOrderId IS NOT NULL").map { ($0[0], $0[1]) })
        #expect(orders.filter { local[$0] != "shipped" }.isEmpty)
        let queued = try shop.sql(shop.storePath, "SELECT subject, json_extract(payload, '$.trackingNumber') FROM outbox WHERE kind = 'shipment'")
        #expect(Dictionary(uniqueKeysWithValues: queued.map { ($0[0], $0[1]) }) == Dictionary(uniqueKeysWithValues: lines.map { ($0.order, $0.tracking) }))

        // And each reaches Amazon once. One sync sends at most 500 confirmations (the outbox is read in pages of 500).
        var syncs = 0
        repeat {
            try shop.ok("sync", "--unthrottled")
            syncs += 1
        } while try shop.sql(shop.storePath, "SELECT COUNT(*) FROM outbox WHERE kind = 'shipment' AND state <> 'done'").first?.first != "0" && syncs < 4
        let push = lap()
        let ids = orders.map { "'\($0)'" }.joined(separator: ",")
        let atAmazon = try shop.sql(shop.simulatorPath, "SELECT COUNT(*) FROM simOrder WHERE status = 'SHIPPED' AND orderId IN (\(ids))")
        #expect(atAmazon.first?.first == "1000")
        let open2 = try shop.sql(shop.storePath, "SELECT COUNT(*) FROM outbox WHERE kind = 'shipment' AND state <> 'done'")
        #expect(open2.first?.first == "0")

        print("bulk CSV: 1000 shipments over \(Set(lines.map(\.carrier)).count) carriers; setup \(setup), bad file refused in \(checkOnly), good file applied in \(apply), pushed to Amazon in \(push) (\(syncs) syncs)")
    }
}

