import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// Amazon misbehaves (FaultProfile) while the merchant works; once it behaves again, a clean sync or two
/// must leave the store equal to Amazon's truth, every action applied at Amazon exactly once.
/// R3: incremental pulls through 429s, 5xx (500, 502, 503, 504), lost and broken answers, repeated pages and stale copies,
/// never an order twice. R29: every shipment and cancellation delivered at least once, applied once.
/// `MERCHANT_SOAK=1` runs more seeds and rounds.
@Suite("Faults at Amazon: the store converges on Amazon's truth", .serialized)
struct FaultConvergenceTests {
    static let soak = ProcessInfo.processInfo.environment["MERCHANT_SOAK"] == "1"
    static let seeds: [UInt64] = soak ? Array(1...12) : [5, 8]

    @Test("under the hostile profile, in process, the store ends equal to Amazon and every action applied once", arguments: seeds)
    func hostileInProcess(seed: UInt64) async throws {
        // R3, R29
        let h = try SyncHarness()
        var profile = FaultProfile.hostile
        profile.seed = seed
        let run = try await Workload(harness: h, sync: h.sync, seed: seed, rounds: Self.soak ? 40 : 12).run(under: profile)
        try run.verify(h)
    }

    @Test("under the gateway profile (502s and 504s, before and after Amazon acted), the store converges, nothing refused or doubled")
    func gatewayInProcess() async throws {
        // R3, R29
        let h = try SyncHarness()
        var profile = FaultProfile.gateway
        profile.seed = 3
        let run = try await Workload(harness: h, sync: h.sync, seed: 3, rounds: Self.soak ? 30 : 8).run(under: profile)
        for kind in [FaultKind.badGatewayBefore, .badGatewayAfter, .gatewayTimeoutBefore, .gatewayTimeoutAfter] {
            #expect(run.faults[kind, default: 0] > 0, "no \(kind) injected: the run proves nothing about it")
        }
        // A 502 or 504 is passing trouble, retried: never taken for Amazon's refusal, neither by a sync nor by
        // a message of the outbox.
        #expect(!run.errors.keys.contains { $0.contains("refused") }, "\(run.errors)")
        for message in try h.store.outbox(includeDone: true, limit: 100_000) {
            #expect(!(message.lastError ?? "").contains("refused the request (HTTP 50"), "\(message.kind) \(message.subject): \(message.lastError ?? "")")
        }
        try run.verify(h)
    }

    @Test("over real HTTP (`SimulatorServer`) under the flaky profile with lost answers, the store converges too")
    func flakyOverHTTP() async throws {
        // R3, R29
        let h = try SyncHarness()
        let server = try SimulatorServer(simulator: h.simulator, port: 0)
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let client = SellingPartnerClient(
            transport: URLSessionTransport(baseURL: URL(string: "http://127.0.0.1:\(port)")!, timeout: 0.5),
            clock: h.clock, backoff: BackoffPolicy(seed: 5))
        var profile = FaultProfile.flaky
        profile.seed = 11
        profile.timeout = 0.03
        profile.hangSeconds = 0.8        // past the client's 0.5 s time-out
        profile.httpSlowSeconds = 0.02
        let sync = ChannelSync(store: h.store, client: client, clock: h.clock)
        let run = try await Workload(harness: h, sync: sync, seed: 11, rounds: Self.soak ? 20 : 6).run(under: profile)
        try run.verify(h)
    }
}

/// A seeded mixed workload: Amazon lives (orders, payments, fraud cancels), the merchant ships, cancels and
/// changes settings, and syncs run under faults; then faults off and clean syncs until the outbox is empty.
struct Workload {
    let harness: SyncHarness
    let sync: ChannelSync
    let seed: UInt64
    let rounds: Int

    struct Run {
        var syncs = 0
        var failedSyncs = 0
        var errors: [String: Int] = [:]
        var shipped = 0, cancelled = 0, refusedActions = 0, settingsChanged = 0, paid = 0, fraudCancelled = 0
        var faults: [FaultKind: Int] = [:]
        var cleanSyncs = 0

        /// Store equals Amazon; each action applied once; then a table of what happened.
        func verify(_ h: SyncHarness) throws {
            printTable()
            // A shipment Amazon refused because its buyer cancelled first is a race the merchant is told of,
            // not a fault of the sync; anything else refused is.
            var raced = Set<String>()
            for message in try h.store.outbox(includeDone: true, limit: 100_000) where message.kind == .shipment && message.state == .failed {
                if try h.simulator.orderView(orderId: message.subject).cancelReason == "BuyerCanceled",
                   message.lastError?.contains("is cancelled") == true { raced.insert(message.subject) }
            }
            print("  shipments refused because the buyer had cancelled at Amazon first: \(raced.count)")
            let differences = try TruthComparison.differences(h, raced: raced)
            #expect(differences.isEmpty, "\(differences.prefix(20).joined(separator: "\n"))")
            #expect(try h.store.openOutbox().isEmpty)
            var extraShipmentArrivals = 0
            for message in try h.store.outbox(includeDone: true, limit: 100_000) {
                guard !(message.kind == .shipment && raced.contains(message.subject)) else { continue }
                #expect(message.state == .done, "\(message.kind) of \(message.subject) ended \(message.state): \(message.lastError ?? "")")
                guard message.kind != .inventory else { continue }  // its subject is a SKU
                let amazon = try h.simulator.orderView(orderId: message.subject)
                switch message.kind {
                case .shipment:
                    // One package per shipment, however often the confirmation arrived (R29).
                    let payload = try message.decode(ShipmentPayload.self)
                    #expect(amazon.packages.filter { $0.packageReferenceId == payload.packageReferenceId }.count == 1, "\(message.subject)")
                    let arrivals = amazon.idempotencyKeyArrivals[message.idempotencyKey] ?? 0
                    #expect(arrivals >= 1)
                    extraShipmentArrivals += max(0, arrivals - 1)
                case .cancellation:
                    // Once, or not at all when the buyer cancelled at Amazon first: Amazon then warns "already
                    // cancelled" and records no Failure, and the order is cancelled all the same.
                    let failures = amazon.acknowledgementStatuses.filter { $0 == "Failure" }.count
                    let buyerFirst = failures == 0 && amazon.cancelReason == "BuyerCanceled"
                    #expect(failures == 1 || buyerFirst,
                            "\(message.subject): \(amazon.acknowledgementStatuses), \(amazon.cancelReason ?? "-"), message \(message.state) \(message.feedId ?? "-")")
                    #expect(amazon.status == "CANCELLED")
                case .acknowledgement where message.feedId == nil:
                    // Never sent: the merchant cancelled first, and the Failure acknowledges the order (R6, R17).
                    #expect(amazon.acknowledgementStatuses == ["Failure"], "\(message.subject): \(amazon.acknowledgementStatuses)")
                case .acknowledgement:
                    #expect(amazon.acknowledgementStatuses.filter { $0 == "Success" }.count == 1,
                            "\(message.subject) (message \(message.id), feed \(message.feedId ?? "-")): \(amazon.acknowledgementStatuses) \(amazon.history.map { "\($0.time) \($0.kind) \($0.detail)" })")  // R6
                default: break
                }
            }
            // A feed document is applied at most once: it is sent again only when its first feed ended FATAL
            // (applied nothing) or never reached Amazon (R29).
            var resentAfterFatal = 0
            for (key, statuses) in try h.simulator.feedStatusesByKey() {
                #expect(statuses.filter { $0 != "FATAL" }.count <= 1, "\(key) made feeds \(statuses)")
                resentAfterFatal += statuses.count - 1
            }
            print("  feed documents sent again after a FATAL feed: \(resentAfterFatal)")
            // A confirmation is sent again only after its answer was lost or replaced by a 5xx (500, 502, 503, 504).
            let hidden = [FaultKind.timeoutAfter, .serverErrorAfter, .unavailableAfter, .badGatewayAfter, .gatewayTimeoutAfter]
                .reduce(0) { $0 + faults[$1, default: 0] }
            #expect(extraShipmentArrivals <= hidden)
            print("  repeated confirmShipment arrivals (answered from the idempotency key): \(extraShipmentArrivals)")
        }

        func printTable() {
            var lines = ["faults injected:"]
            for kind in FaultKind.allCases { lines.append("  \(kind.rawValue.padding(toLength: 18, withPad: " ", startingAt: 0)) \(faults[kind, default: 0])") }
            lines.append("outcomes: \(syncs) syncs under faults, \(failedSyncs) reported an error; \(cleanSyncs) clean syncs to settle")
            for (kind, n) in errors.sorted(by: { $0.value > $1.value }) { lines.append("  \(n)× \(kind)") }
            lines.append("merchant: \(shipped) shipments, \(cancelled) cancels, \(settingsChanged) setting changes, \(refusedActions) refused; Amazon: \(paid) paid, \(fraudCancelled) fraud-cancelled")
            print(lines.joined(separator: "\n"))
        }
    }

    static let tracking = ["UPS": "1Z5R89390357567127", "DHL Express": "3318810025", "Hermes": "09133131530724"]

    func run(under profile: FaultProfile) async throws -> Run {
        let h = harness
        var rng = TestRandom(seed: seed)
        var run = Run()
        var pending: [String] = []
        _ = try h.simulator.advance(minutes: 60, seed: seed)
        _ = await sync.runOnce()
        try h.simulator.setFaults(profile)
        for round in 0..<rounds {
            // Now and then a long stretch, so that a pull spans several pages (repeated pages, R3).
            _ = try h.simulator.advance(minutes: round % 4 == 1 ? 300 : Int.random(in: 10...40, using: &rng), seed: rng.next())
            // Amazon: pending orders get paid or fail the fraud check (R11, R12).
            for id in pending {
                if rng.chance(0.5) { try h.simulator.pay(orderId: id); run.paid += 1 }
                else { try h.simulator.fraudCancel(orderId: id); run.fraudCancelled += 1 }
            }
            pending = []
            if rng.chance(0.6) {
                let sku = ["MUG-BLAU-350", "TEE-GRUEN-500", "KAFFEE-ESP-1KG"].randomElement(using: &rng)!
                pending.append(try h.simulator.placeOrder(sku: sku, quantity: Int.random(in: 1...2, using: &rng), pending: true))
            }
            try act(&run, &rng)
            for _ in 0..<3 {
                let outcome = await sync.runOnce()
                run.syncs += 1
                if let error = outcome.error {
                    run.failedSyncs += 1
                    run.errors[Self.kind(of: error), default: 0] += 1
                }
                h.clock.advance(seconds: Double(Int.random(in: 30...200, using: &rng)))
            }
        }
        run.faults = try h.simulator.faultCounts()
        try h.simulator.setFaults(.none)
        for id in pending { try h.simulator.pay(orderId: id) }
        // Clean syncs until everything is delivered and Amazon has processed every feed.
        var quiet = 0
        while run.cleanSyncs < 12 && quiet < 2 {
            h.clock.advance(seconds: 180)
            let outcome = await sync.runOnce()
            run.cleanSyncs += 1
            #expect(outcome.error == nil, "a clean sync failed: \(outcome.error ?? "")")
            quiet = try h.store.openOutbox().isEmpty && outcome.error == nil ? quiet + 1 : 0
        }
        return run
    }

    /// The merchant ships (in full or in part), cancels, and changes a setting, at Amazon's time.
    private func act(_ run: inout Run, _ rng: inout TestRandom) throws {
        let h = harness
        let now = try h.simulator.now
        for order in try h.allOrders() where order.localStatus == .processing && order.fulfillmentChannel == .merchant {
            let detail = try h.store.orderDetail(order.amazonOrderId)
            guard let local = detail.local else { continue }
            let nothingShipped = local.lines.allSatisfy { $0.quantityShipped == 0 }
            do {
                if rng.chance(0.1) && nothingShipped, let total = detail.order.total {
                    try h.store.cancel(order.amazonOrderId, reason: .noInventory, refund: total, actor: "test", at: now)
                    run.cancelled += 1
                } else if rng.chance(0.35) {
                    let (carrier, number) = Self.tracking.sorted(by: { $0.key < $1.key }).randomElement(using: &rng)!
                    let open = local.lines.filter { $0.quantityShipped < $0.quantity }
                    let partial = rng.chance(0.3) ? open.first.flatMap { $0.quantity - $0.quantityShipped > 1 ? [$0.orderItemId: 1] : nil } : nil
                    // The same few numbers serve every order: one parcel for many addresses, on purpose here (R13).
                    try h.store.ship(ShipmentRequest(amazonOrderId: order.amazonOrderId, carrier: try Carrier.parse(carrier),
                                                     trackingNumber: number, shipDate: now.addingTimeInterval(-60), items: partial, sharedParcel: true),
                                     actor: "test", at: now)
                    run.shipped += 1
                }
            } catch {
                // A rule said no (R30): nothing changed, nothing to deliver.
                run.refusedActions += 1
            }
        }
        if rng.chance(0.2) {
            let on = try h.store.settings().importPending
            try h.store.setSetting(.importPending, to: on ? "off" : "on", actor: "test", at: now)
            run.settingsChanged += 1
        }
    }

    /// An error's kind for the table: its first words.
    static func kind(of error: String) -> String {
        let words = error.split(separator: " ").prefix(6).joined(separator: " ")
        return words.count > 70 ? String(words.prefix(70)) : words
    }
}
