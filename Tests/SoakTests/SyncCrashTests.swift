import Foundation
import MerchantTestSupport
import SellingPartnerAPI
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// How `merchant sync` reaches simulated Amazon while it is being killed.
enum CrashTransport: String, CustomStringConvertible, CaseIterable {
    /// The built-in simulator: the killed process is Amazon's client and Amazon in one (its SQLite file survives).
    case inProcess
    /// `merchant sim serve` in a process of its own: Amazon lives on while its client dies mid-request.
    case http
    var description: String { rawValue }
}

@Suite("kill -9 of the sync: every action reaches Amazon exactly once", .serialized, .ownThread)
struct SyncCrashTests {
    /// `MERCHANT_SOAK=1` runs 300 kills per transport instead of 24; `MERCHANT_SOAK=N` (N above 1) runs N.
    static var kills: Int { CrashSoak.kills(default: 24, soak: 300) }

    @Test("a batch of shipments and cancels survives kill -9 of the sync at many moments", arguments: CrashTransport.allCases)
    func killedSyncLosesAndDoublesNothing(transport: CrashTransport) async throws {
        try await onOwnThread { try verifyKillingSync(transport: transport) }
    }

    private func verifyKillingSync(transport: CrashTransport) throws {
        // R29: recorded locally first, delivered at least once, applied by Amazon exactly once; a crash loses nothing, doubles nothing.
        // R6: every imported order acknowledged exactly once. R25: Amazon offers what the store says, after all the crashes.
        let started = Date()
        let seed = CrashSoak.seed(20_261_123)
        var random = SeededRandom(seed: seed &+ (transport == .http ? 1 : 0))
        let kills = Self.kills
        let shop = ShopFolder()
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { shop.remove() } else { print("kept \(shop.home.path)") } }

        // A shop with stock for everything and enough paid orders, imported and acknowledged.
        let shipCount = kills * 5 / 2, cancelCount = kills
        try shop.ok("sim", "throttling", "off")
        try shop.stockEverything()
        let minutes = (shipCount + cancelCount) * 4 + 660   // about 30 orders an hour, some of them AFN, pending or blocked
        try shop.ok("sim", "advance", "--minutes", String(minutes), "--seed", "29")
        try shop.ok("sync", "--unthrottled")
        let shippable = try shop.openMerchantOrders()
        try #require(shippable.count >= shipCount + cancelCount, "only \(shippable.count) shippable orders")

        // The workload: a list of actions, in the order the merchant records them.
        let picked = Array(shippable.shuffled(using: &random).prefix(shipCount + cancelCount))
        let ships = picked.prefix(shipCount).enumerated().map { n, order in
            let carrier = TrackingNumbers.carriers[n % TrackingNumbers.carriers.count]
            return CrashAction.ship(order: order, carrier: carrier, tracking: TrackingNumbers.valid(carrier, serial: 700_000 + n))
        }
        let reasons = ["BuyerCanceled", "NoInventory", "CustomerExchange", "ShippingAddressUndeliverable"]
        let cancels = picked.dropFirst(shipCount).enumerated().map { n, order in
            CrashAction.cancel(order: order, refund: "1.00", reason: reasons[n % reasons.count])
        }
        // Refunds of shipped orders come after every shipment.
        let planned: [CrashAction] = (ships + cancels).shuffled(using: &random)
            + ships.prefix(kills / 2).map { .refund(order: $0.order, amount: "1.00", reason: "CustomerReturn") }

        // How long one clean sync of the whole workload takes here: the kills fall between a few ms and that.
        let trial = try shop.copy()
        defer { trial.remove() }
        let actions = try enqueue(planned, in: trial, asCSV: true)
        let trialStart = Date()
        try trial.ok("sync", "--unthrottled")
        let fullSync = Date().timeIntervalSince(trialStart)

        var server: Child?
        var syncArguments = ["sync", "--unthrottled"]
        if transport == .http {
            let (process, endpoint) = try shop.startServer()
            server = process
            syncArguments += ["--endpoint", endpoint]
        }
        defer { if let server { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() } }

        // The merchant works while the sync is killed again and again: a slice of the actions before each
        // of the first half of the runs, now and then a simulated minute so feeds finish and orders arrive.
        let slices = stride(from: 0, to: actions.count, by: max(1, actions.count / (kills / 2))).map {
            Array(actions[$0..<min($0 + max(1, actions.count / (kills / 2)), actions.count)])
        }
        // The kill falls at a seeded random moment: half the time anywhere in a typical run (start-up, pull,
        // push), half the time late in it (from its middle to just past its end), where the deliveries are. `typical` follows the runs that
        // finish before their kill, and grows slowly while none does.
        var typical = fullSync
        var recorded: [CrashAction] = []
        var killed = 0, finishedFirst = 0, killedMidDelivery = 0, attempt = 0
        while killed < kills || attempt < slices.count {
            if attempt < slices.count { recorded += try enqueue(slices[attempt], in: shop, asCSV: attempt % 2 == 0) }
            if attempt % 3 == 2 { try shop.ok("sim", "advance", "--minutes", "1") }
            let before = try shop.outboxStates()
            let delay = Bool.random(using: &random)
                ? Double.random(in: 0.002...max(0.003, typical), using: &random)
                : Double.random(in: (typical * 0.5)...(typical * 1.1), using: &random)
            let launched = Date()
            let sync = try shop.start(syncArguments)
            while sync.isRunning && Date().timeIntervalSince(launched) < delay { usleep(500) }
            kill(sync.processIdentifier, SIGKILL)
            sync.waitUntilExit()
            let after = try shop.outboxStates()
            if sync.terminationReason == .uncaughtSignal && sync.terminationStatus == SIGKILL {
                killed += 1
                if after != before && after.open > 0 { killedMidDelivery += 1 }
                typical *= 1.03
            } else {
                #expect(sync.terminationStatus == 0, "a sync that was not killed failed")
                finishedFirst += 1
                typical = 0.7 * typical + 0.3 * Date().timeIntervalSince(launched)
            }
            attempt += 1
            if attempt > kills * 4 + slices.count { break }
        }
        #expect(killed >= kills, "only \(killed) of \(attempt) runs were killed")

        // Then the sync runs to the end (import off, so no new orders come to wait for).
        try shop.syncToTheEnd(syncArguments)
        if let server { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        server = nil

        let dropped = actions.count - recorded.count   // orders Amazon cancelled before the merchant's action was recorded
        #expect(dropped <= actions.count / 10, "\(dropped) of \(actions.count) actions refused")
        let actionsPlanned = actions.count
        let workload = recorded
        let recordedShips = workload.filter { if case .ship = $0 { true } else { false } }.count
        let recordedCancels = workload.filter { if case .cancel = $0 { true } else { false } }.count

        // Amazon applied every action exactly once; nothing is missing, nothing doubled.
        var applied = 0, missing: [String] = [], doubled: [String] = [], arrivals = 0, redeliveries = 0
        let byOrder = Dictionary(grouping: workload, by: \.order)
        for (order, orderActions) in byOrder.sorted(by: { $0.key < $1.key }) {
            let view = try shop.amazonView(order)
            for action in orderActions {
                let n = action.applications(in: view)
                applied += n
                if n == 0 { missing.append("\(action)") }
                if n > 1 { doubled.append("\(action) ×\(n)") }
            }
            let shipped = orderActions.filter { if case .ship = $0 { true } else { false } }.count
            #expect((view["packages"] as? [Any])?.count == shipped, "\(order): one package per shipment")
            let keys = view["idempotencyKeyArrivals"] as? [String: Int] ?? [:]
            for (key, count) in keys where key.hasPrefix("ship:") {
                arrivals += count
                redeliveries += count - 1   // a confirmation whose answer the kill lost: sent again with its key, replayed by Amazon
            }
            for (key, count) in keys where key.hasPrefix("feed:") {
                #expect(count == 1, "\(order): feed \(key) submitted \(count) times (Amazon applies a feed each time)")
            }
            let statuses = view["acknowledgementStatuses"] as? [String] ?? []
            #expect(statuses.filter { $0 == "Success" }.count <= 1, "\(order) acknowledged \(statuses)")
            if shipped > 0 {
                #expect(statuses == ["Success"], "\(order): acknowledged once before shipping (R6), got \(statuses)")
                #expect(view["status"] as? String == "SHIPPED")
            } else {
                #expect(view["status"] as? String == "CANCELLED")
            }
        }
        #expect(missing.isEmpty, "missing at Amazon: \(missing)")
        #expect(doubled.isEmpty, "doubled at Amazon: \(doubled)")
        #expect(applied == workload.count)

        // Across the whole account: no order acknowledged twice alike, no feed document submitted twice.
        let (doubledAcks, doubledFeeds) = try shop.doubledAtAmazon()
        #expect(doubledAcks.isEmpty, "acknowledged more than once: \(doubledAcks)")
        #expect(doubledFeeds.isEmpty, "feed documents submitted more than once: \(doubledFeeds)")
        let feedCount = try shop.sql(shop.simulatorPath, "SELECT COUNT(*) FROM feed").first?.first ?? "?"

        // The store agrees: every action recorded once, nothing left owed, and Amazon offers what the store offers (R25).
        let local = Dictionary(uniqueKeysWithValues: try shop.sql(shop.storePath, "SELECT amazonOrderId, status FROM localOrder WHERE amazonOrderId IS NOT NULL").map { ($0[0], $0[1]) })
        for action in workload {
            switch action {
            case .ship:
                let refunded = workload.contains { if case .refund(let order, _, _) = $0 { order == action.order } else { false } }
                let expected = refunded ? "partially refunded" : "shipped"
                #expect(local[action.order] == expected, "\(action.order) is \(local[action.order] ?? "missing") locally")
            case .cancel: #expect(local[action.order] == "cancelled", "\(action.order) is \(local[action.order] ?? "missing") locally")
            case .refund: break
            }
        }
        let outbox = try shop.outboxStates()
        #expect(outbox.open == 0, "open outbox messages: \(outbox.states)")
        let refusedByAmazon = try shop.sql(shop.storePath, "SELECT kind, subject, lastError FROM outbox WHERE state = 'failed'")
        #expect(refusedByAmazon.isEmpty, "refused by Amazon: \(refusedByAmazon)")
        let stored = try shop.sql(shop.storePath, "SELECT kind, COUNT(*) FROM outbox WHERE kind IN ('shipment', 'cancellation') GROUP BY kind")
        #expect(stored.map { $0.joined(separator: "=") }.sorted() == ["cancellation=\(recordedCancels)", "shipment=\(recordedShips)"])
        let offered = try #require(try shop.json("catalog", "--json") as? [JSONObject])
        let listings = Dictionary(uniqueKeysWithValues: try shop.sql(shop.simulatorPath, "SELECT sku, quantity FROM listing").map { ($0[0], Int($0[1])) })
        for entry in offered {
            guard let product = entry["product"] as? JSONObject, product["fba"] as? Bool == false, let sku = product["sku"] as? String,
                  let quantity = entry["offeredOnAmazon"] as? Int else { continue }
            #expect(listings[sku] == quantity, "\(sku): Amazon offers \(String(describing: listings[sku] ?? nil)), the store \(quantity)")
        }
        #expect(try shop.integrity(shop.storePath) == "ok")
        #expect(try shop.integrity(shop.simulatorPath) == "ok")

        print("""
            sync crash (\(transport), seed \(seed)): \(killed) kills (\(killedMidDelivery) after the run had changed the outbox, \(finishedFirst) runs finished first) \
            over \(workload.count) actions (\(recordedShips) shipments, \(recordedCancels) cancels; \(actionsPlanned - workload.count) refused as Amazon had cancelled the order); \(applied) applied at Amazon, \
            \(missing.count) missing, \(doubled.count + doubledAcks.count + doubledFeeds.count) doubled; \
            \(arrivals) confirmation arrivals (\(redeliveries) redelivered and replayed by key), \(feedCount) feeds; \
            full sync \(Int(fullSync * 1000)) ms, test \(Int(Date().timeIntervalSince(started))) s
            """)
    }

    // MARK: - Helpers

    /// Records actions as the merchant would: shipments in one CSV or one command each, cancels one by one.
    /// Returns those recorded: Amazon may have cancelled an order meanwhile (a buyer's request arrives with
    /// a sync), and then the merchant's action is refused, changing nothing (R30), and leaves the workload.
    @discardableResult
    func enqueue(_ actions: [CrashAction], in shop: ShopFolder, asCSV: Bool) throws -> [CrashAction] {
        let csv = asCSV ? actions.compactMap(\.csvLine) : []
        var batched = false
        if !csv.isEmpty {
            let file = shop.home.appendingPathComponent("ship-\(UUID().uuidString).csv")
            try ("order,carrier,tracking\n" + csv.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
            batched = try shop.run(["ship", "--csv", file.path]).status == 0   // refused whole: ship one by one below
            try FileManager.default.removeItem(at: file)
        }
        var recorded: [CrashAction] = []
        for action in actions {
            if batched && action.csvLine != nil { recorded.append(action); continue }
            let result = try shop.run(action.command)
            if result.status == 0 { recorded.append(action); continue }
            let amazon = try shop.sql(shop.storePath, "SELECT status FROM amazonOrder WHERE amazonOrderId = '\(action.order)'").first?.first
            guard amazon == "CANCELLED" else {
                throw E2EError("merchant \(action.command.joined(separator: " ")) failed: \(result.stderr)")
            }
        }
        return recorded
    }
}
