import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One thing the merchant does that must reach Amazon exactly once (R29): the command that records it
/// locally, and how Amazon's own view of the order (`merchant sim order ID --json`) shows it arrived.
enum CrashAction: CustomStringConvertible {
    case ship(order: String, carrier: String, tracking: String)
    case cancel(order: String, refund: String, reason: String)
    case refund(order: String, amount: String, reason: String)

    var order: String {
        switch self {
        case .ship(let order, _, _), .cancel(let order, _, _), .refund(let order, _, _): order
        }
    }

    /// The command that records the action and queues it for Amazon, in one transaction.
    var command: [String] {
        switch self {
        case .ship(let order, let carrier, let tracking): ["ship", order, "--carrier", carrier, "--tracking", tracking]
        case .cancel(let order, let refund, let reason): ["cancel", order, "--refund", refund, "--reason", reason, "--yes"]
        case .refund(let order, let amount, let reason): ["refund", order, "--amount", amount, "--reason", reason]
        }
    }

    /// Shipments can also travel in a `merchant ship --csv` batch.
    var csvLine: String? {
        if case .ship(let order, let carrier, let tracking) = self { return "\(order),\(carrier),\(tracking)" }
        return nil
    }

    /// How many times Amazon applied this action: must be exactly one.
    func applications(in view: [String: Any]) -> Int {
        switch self {
        case .ship(_, _, let tracking):
            return (view["packages"] as? [[String: Any]] ?? []).filter { $0["trackingNumber"] as? String == tracking }.count
        case .cancel:
            return (view["acknowledgementStatuses"] as? [String] ?? []).filter { $0 == "Failure" }.count
        case .refund(_, let amount, _):
            // "1.00" is 1 in a currency without minor units (JPY): compare the numbers.
            return (view["refunds"] as? [[String: Any]] ?? []).filter {
                $0["source"] as? String == "feed" && ($0["amount"] as? String).flatMap { Decimal(string: $0) } == Decimal(string: amount)
            }.count
        }
    }

    var description: String { command.prefix(2).joined(separator: " ") }
}

/// How `merchant sync` reaches simulated Amazon while it is being killed.
enum CrashTransport: String, CustomStringConvertible, CaseIterable {
    /// The built-in simulator: the killed process is Amazon's client and Amazon in one (its SQLite file survives).
    case inProcess
    /// `merchant sim serve` in a process of its own: Amazon lives on while its client dies mid-request.
    case http
    var description: String { rawValue }
}

@Suite("kill -9 of the sync: every action reaches Amazon exactly once", .serialized)
struct SyncCrashTests {
    typealias JSONObject = [String: Any]

    /// `MERCHANT_SOAK=1` runs 300 kills per transport instead of 24; `MERCHANT_SOAK=N` (N above 1) runs N.
    static var kills: Int {
        guard let soak = ProcessInfo.processInfo.environment["MERCHANT_SOAK"], !soak.isEmpty, soak != "0" else { return 24 }
        let n = Int(soak) ?? 1
        return n <= 1 ? 300 : max(n, 24)
    }

    @Test("a batch of shipments and cancels survives kill -9 of the sync at many moments", arguments: CrashTransport.allCases)
    func killedSyncLosesAndDoublesNothing(transport: CrashTransport) throws {
        // R29: recorded locally first, delivered at least once, applied by Amazon exactly once; a crash loses nothing, doubles nothing.
        // R6: every imported order acknowledged exactly once. R25: Amazon offers what the store says, after all the crashes.
        let started = Date()
        let seed = UInt64(ProcessInfo.processInfo.environment["MERCHANT_CRASH_SEED"] ?? "") ?? 20_261_123
        var random = SeededRandom(seed: seed &+ (transport == .http ? 1 : 0))
        let kills = Self.kills
        let shop = ShopFolder()
        defer { if ProcessInfo.processInfo.environment["KEEP"] == nil { shop.remove() } else { print("kept \(shop.home.path)") } }

        // A shop with stock for everything and enough paid orders, imported and acknowledged.
        let shipCount = kills * 5 / 2, cancelCount = kills
        try shop.ok("sim", "throttling", "off")
        try stockEverything(shop)
        let minutes = (shipCount + cancelCount) * 4 + 660   // about 30 orders an hour, some of them AFN, pending or blocked
        try shop.ok("sim", "advance", "--minutes", String(minutes), "--seed", "29")
        try shop.ok("sync", "--unthrottled")
        let shippable = try openMerchantOrders(shop)
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

        var server: Process?
        var syncArguments = ["sync", "--unthrottled"]
        if transport == .http {
            let (process, endpoint) = try startServer(shop)
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
            let before = try outboxStates(shop)
            let delay = Bool.random(using: &random)
                ? Double.random(in: 0.002...max(0.003, typical), using: &random)
                : Double.random(in: (typical * 0.5)...(typical * 1.1), using: &random)
            let launched = Date()
            let sync = try shop.start(syncArguments)
            while sync.isRunning && Date().timeIntervalSince(launched) < delay { usleep(500) }
            kill(sync.processIdentifier, SIGKILL)
            sync.waitUntilExit()
            let after = try outboxStates(shop)
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

        // Then the sync runs to the end. Import is switched off first, so that the simulated minutes it takes
        // Amazon to process the last feeds bring no new orders (and acknowledgements) to wait for.
        try shop.ok("settings", "set", "import-orders", "off")
        try shop.ok(syncArguments)
        for _ in 0..<3 where try outboxStates(shop).open > 0 {
            try shop.ok("sim", "advance", "--minutes", "3")
            try shop.ok(syncArguments)
        }
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
            let view = try #require(try shop.json("sim", "order", order, "--json") as? JSONObject)
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
        let doubledAcks = try shop.sql(shop.simulatorPath, """
            SELECT orderId, statusCode, COUNT(*) FROM acknowledgement GROUP BY orderId, statusCode HAVING COUNT(*) > 1
            """)
        let doubledFeeds = try shop.sql(shop.simulatorPath, "SELECT inputFeedDocumentId FROM feed GROUP BY inputFeedDocumentId HAVING COUNT(*) > 1")
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
        let outbox = try outboxStates(shop)
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

    /// Every product on hand in plenty and enabled, so orders import and shipments are not short.
    func stockEverything(_ shop: ShopFolder) throws {
        let catalog = try #require(try shop.json("catalog", "--json") as? [JSONObject])
        for entry in catalog {
            guard let sku = (entry["product"] as? JSONObject)?["sku"] as? String else { continue }
            try shop.ok("catalog", "set", sku, "--stock", "100000", "--enabled", "on")
        }
    }

    /// Imported, merchant-fulfilled orders nothing of which has shipped, placed over nine simulated hours
    /// ago: a buyer cancels within eight hours of paying, if at all, so Amazon leaves these alone.
    func openMerchantOrders(_ shop: ShopFolder) throws -> [String] {
        let orders = try #require(try shop.json("orders", "--limit", "10000", "--json") as? [JSONObject])
        let newest = orders.compactMap { $0["purchaseDate"] as? String }.max() ?? ""
        let settled = ISO8601DateFormatter().date(from: newest).map { ISO8601DateFormatter().string(from: $0.addingTimeInterval(-9 * 3600)) } ?? newest
        return orders.filter {
            $0["localStatus"] as? String == "processing" && $0["fulfilledBy"] as? String == "MERCHANT"
                && $0["orderStatus"] as? String == "UNSHIPPED" && ($0["purchaseDate"] as? String ?? "~") < settled
        }
        .compactMap { $0["amazonOrderId"] as? String }
        .sorted()
    }

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

    struct OutboxStates: Equatable {
        var states: [String: Int]
        var open: Int { states.filter { $0.key != "done" && $0.key != "failed" }.values.reduce(0, +) }
    }

    /// How many outbox messages are in each state, read from the file as it lies on disk.
    func outboxStates(_ shop: ShopFolder) throws -> OutboxStates {
        let rows = try shop.sql(shop.storePath, "SELECT state, COUNT(*) FROM outbox GROUP BY state")
        return OutboxStates(states: Dictionary(uniqueKeysWithValues: rows.map { ($0[0], Int($0[1]) ?? 0) }))
    }

    /// `merchant sim serve --port 0` in the background; returns it and its endpoint.
    func startServer(_ shop: ShopFolder) throws -> (Process, String) {
        let process = Process()
        process.executableURL = MerchantBinary.executable
        process.arguments = ["--home", shop.home.path, "sim", "serve", "--port", "0"]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var text = ""
        while !text.contains("\n") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            text += String(decoding: chunk, as: UTF8.self)
        }
        guard let range = text.range(of: "http://127.0.0.1:[0-9]+", options: .regularExpression) else {
            kill(process.processIdentifier, SIGKILL)
            throw E2EError("sim serve did not say where it listens: \(text)")
        }
        return (process, String(text[range]))
    }
}
