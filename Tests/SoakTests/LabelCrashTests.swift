import Foundation
import MerchantTestSupport
import SellingPartnerAPI
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where a label purchase is killed: at a named moment (`MERCHANT_CRASH_POINT`, the process kills itself with
/// SIGKILL there), or from outside after a seeded random delay, which falls anywhere (during purchaseShipment too).
enum LabelKill: Hashable, CustomStringConvertible {
    case point(String)
    case timed

    static let points = ["rates.answered", "label.beforePurchase", "label.purchased", "label.recorded"]
    var description: String { if case .point(let name) = self { name } else { "timed" } }
}

@Suite("kill -9 of a label purchase: never two labels for one parcel, the label recovered afterwards", .serialized, .ownThread)
struct LabelCrashTests {
    static let from = "Lager Nord; Hafenstraße 3; 20457; Hamburg; DE"
    /// Orders per named point, and timed kills; `MERCHANT_SOAK` runs more.
    static var perPoint: Int { CrashSoak.kills(default: 3, soak: 20) }
    static var timed: Int { CrashSoak.kills(default: 10, soak: 100) }

    @Test("kills after getRates, before, during and after purchaseShipment and before the label is saved")
    func killedPurchaseBuysOnce() async throws {
        try await onOwnThread { try verifyKillingPurchases() }
    }

    private func verifyKillingPurchases() throws {
        // R29: recorded locally first, delivered with its idempotency key, applied by Amazon exactly once.
        let seed = CrashSoak.seed(20_261_202)
        var random = SeededRandom(seed: seed)
        let shop = ShopFolder()
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { shop.remove() } else { print("kept \(shop.home.path)") } }
        try shop.ok("sim", "throttling", "off")
        try shop.stockEverything()
        let plan: [LabelKill] = LabelKill.points.flatMap { Array(repeating: LabelKill.point($0), count: Self.perPoint) }
            + Array(repeating: .timed, count: Self.timed)
        var orders: [String] = []
        for _ in plan { orders.append(try shop.ok("sim", "place", "--sku", "MUG-BLAU-350").trimmingCharacters(in: .whitespacesAndNewlines)) }
        try shop.ok("sync", "--unthrottled")

        var killed: [String: Int] = [:], finishedFirst = 0, typical = 0.3
        for (order, how) in zip(orders, plan) {
            let rates = ["rates", order, "--weight", "350g", "--size", "20x15x10cm", "--from", Self.from, "--json"]
            if how == .point("rates.answered") {
                let run = try launch(shop, rates, crashAt: "rates.answered")
                run.waitUntilExit()
                if run.terminationReason == .uncaughtSignal { killed["rates.answered", default: 0] += 1 }
                // Amazon answered, nothing was kept: no label can be bought from rates never seen.
                #expect(try shop.run(["label", order, "--rate", "X", "--yes"]).stderr.contains("no rates for \(order)"))
            }
            let offers = try #require((try JSONSerialization.jsonObject(with: Data(try shop.ok(rates).utf8)) as? JSONObject)?["rates"] as? [JSONObject])
            let rate = try #require(offers.first { $0["cheapest"] as? Bool == true }?["rateId"] as? String)
            let label = ["label", order, "--rate", rate, "--yes"]
            switch how {
            case .point(let name) where name != "rates.answered":
                let run = try launch(shop, label, crashAt: name)
                run.waitUntilExit()
                #expect(run.terminationReason == .uncaughtSignal && run.terminationStatus == SIGKILL, "\(name) was not reached")
                killed[name, default: 0] += 1
            case .timed:
                let delay = Double.random(in: 0.005...max(0.01, typical), using: &random)
                let started = Date()
                let run = try launch(shop, label, crashAt: nil)
                while run.isRunning && Date().timeIntervalSince(started) < delay { usleep(500) }
                kill(run.processIdentifier, SIGKILL)
                run.waitUntilExit()
                if run.terminationReason == .uncaughtSignal { killed["timed", default: 0] += 1 } else {
                    finishedFirst += 1
                    typical = 0.7 * typical + 0.3 * Date().timeIntervalSince(started)
                }
            default:
                try shop.ok(label)
            }
            // The merchant tries again if the kill came before anything was queued; then the sync finishes the rest.
            if try shop.sql(shop.storePath, "SELECT COUNT(*) FROM label WHERE amazonOrderId = '\(order)'").first == ["0"] { try shop.ok(label) }
            try shop.ok("sync", "--unthrottled")
        }

        // Amazon sold one label per parcel; each is saved here, under the tracking number Amazon's order shows.
        var doubled: [String] = [], unsaved: [String] = []
        for order in orders {
            let sold = try shop.sql(shop.simulatorPath, "SELECT trackingId FROM shippingShipment WHERE orderId = '\(order)' AND cancelledAt IS NULL")
            if sold.count != 1 { doubled.append("\(order): \(sold.count) labels") }
            let local = try shop.sql(shop.storePath, "SELECT state, trackingNumber, filePath FROM label WHERE amazonOrderId = '\(order)'")
            guard local.count == 1, let row = local.first, row[0] == "saved", FileManager.default.fileExists(atPath: row[2]) else {
                unsaved.append("\(order): \(local)")
                continue
            }
            #expect(sold.first?.first == row[1], "\(order): Amazon's label \(sold) is not the one saved \(row[1])")
            let packages = try #require(try shop.amazonView(order)["packages"] as? [JSONObject])
            #expect(packages.map { $0["trackingNumber"] as? String } == [row[1]], "\(order): packages \(packages)")
        }
        #expect(doubled.isEmpty, "more than one label for a parcel: \(doubled)")
        #expect(unsaved.isEmpty, "labels not recovered: \(unsaved)")
        #expect(try shop.sql(shop.simulatorPath, "SELECT value FROM statistic WHERE name = 'requests.confirmShipment'").isEmpty)
        let statistic = { (name: String) in try shop.sql(shop.simulatorPath, "SELECT value FROM statistic WHERE name = '\(name)'").first?.first ?? "0" }
        let documents = try statistic("requests.getShipmentDocuments"), replayed = try statistic("shipping.purchaseReplayed")
        let purchases = try statistic("requests.purchaseShipment"), sold = try statistic("shipping.labelsPurchased")
        #expect(sold == String(orders.count))
        #expect(Int(documents) ?? 0 >= killed["label.recorded", default: 0], "every label killed before its file was saved is fetched again")
        #expect(Int(replayed) ?? 0 >= killed["label.purchased", default: 0], "every purchase whose answer was lost is replayed by its key")
        #expect(try shop.integrity(shop.storePath) == "ok")
        print("""
            label crash (seed \(seed)): \(orders.count) parcels, kills \(killed.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")) \
            (\(finishedFirst) timed runs finished first); Amazon: \(purchases) purchaseShipment calls, \(replayed) replayed by key, \(sold) labels sold, \
            \(documents) recovered with getShipmentDocuments; \(doubled.count) parcels with two labels, \(unsaved.count) labels not saved
            """)
    }

    /// Starts `merchant ARGUMENTS` on the folder, with `MERCHANT_CRASH_POINT` when a point is named.
    private func launch(_ shop: ShopFolder, _ arguments: [String], crashAt point: String?) throws -> Child {
        var environment = ProcessInfo.processInfo.environment
        environment["MERCHANT_CRASH_POINT"] = point
        return try Spawn.start(MerchantBinary.executable.path, ["--home", shop.home.path] + arguments, environment: environment)
    }
}
