import Foundation
import MerchantTestSupport
import Testing
#if canImport(Glibc)
import Glibc
#endif

// What the kill -9 harnesses share (SyncCrashTests kills the sync, ActionCrashTests the merchant's commands):
// the actions and how Amazon's own view shows them, the shop they run on, and the checks of Amazon's truth.

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
        case .refund(let order, let amount, let reason): ["refund", order, "--amount", amount, "--reason", reason, "--yes"]
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

/// How many kills a crash harness runs: `default` in a normal `swift test`; with `MERCHANT_SOAK=1`, `soak`;
/// with `MERCHANT_SOAK=N` (N above 1), N (at least `default`).
enum CrashSoak {
    static func kills(default normal: Int, soak: Int) -> Int {
        guard let value = ProcessInfo.processInfo.environment["MERCHANT_SOAK"], !value.isEmpty, value != "0" else { return normal }
        let n = Int(value) ?? 1
        return n <= 1 ? soak : max(n, normal)
    }

    /// `MERCHANT_CRASH_SEED` replays a run; else `fallback`.
    static func seed(_ fallback: UInt64) -> UInt64 {
        UInt64(ProcessInfo.processInfo.environment["MERCHANT_CRASH_SEED"] ?? "") ?? fallback
    }
}

/// How many outbox messages are in each state.
struct OutboxStates: Equatable {
    var states: [String: Int]
    var open: Int { states.filter { $0.key != "done" && $0.key != "failed" }.values.reduce(0, +) }
}

extension ShopFolder {
    /// Every product on hand in plenty and enabled, so orders import and shipments are not short.
    func stockEverything() throws {
        let catalog = try #require(try json("catalog", "--json") as? [JSONObject])
        for entry in catalog {
            guard let sku = (entry["product"] as? JSONObject)?["sku"] as? String else { continue }
            try ok("catalog", "set", sku, "--stock", "100000", "--enabled", "on")
        }
    }

    /// Imported, merchant-fulfilled orders nothing of which has shipped, placed over nine simulated hours
    /// ago: a buyer cancels within eight hours of paying, if at all, so Amazon leaves these alone. Not those whose buyer
    /// asks to cancel: they ship only with --anyway (ShipWarning).
    func openMerchantOrders() throws -> [String] {
        let orders = try #require(try json("orders", "--limit", "10000", "--json") as? [JSONObject])
        let newest = orders.compactMap { $0["purchaseDate"] as? String }.max() ?? ""
        let settled = ISO8601DateFormatter().date(from: newest).map { ISO8601DateFormatter().string(from: $0.addingTimeInterval(-9 * 3600)) } ?? newest
        return orders.filter {
            $0["localStatus"] as? String == "processing" && $0["fulfilledBy"] as? String == "MERCHANT"
                && $0["orderStatus"] as? String == "UNSHIPPED" && ($0["purchaseDate"] as? String ?? "~") < settled
                && $0["buyerCancelRequest"] is NSNull
        }
        .compactMap { $0["amazonOrderId"] as? String }
        .sorted()
    }

    /// How many outbox messages are in each state, read from the file as it lies on disk.
    func outboxStates() throws -> OutboxStates {
        let rows = try sql(storePath, "SELECT state, COUNT(*) FROM outbox GROUP BY state")
        return OutboxStates(states: Dictionary(uniqueKeysWithValues: rows.map { ($0[0], Int($0[1]) ?? 0) }))
    }

    /// Syncs to the end: import off first, so that the simulated minutes Amazon takes to process the last
    /// feeds bring no new orders (and acknowledgements) to wait for; then rounds of three simulated minutes
    /// until nothing is owed. An order imported while pending is still acknowledged when Amazon reports it
    /// paid, import off or not (R6): such an acknowledgement may need a round or two more.
    func syncToTheEnd(_ syncArguments: [String] = ["sync", "--unthrottled"]) throws {
        try ok("settings", "set", "import-orders", "off")
        try ok(syncArguments)
        for _ in 0..<8 where try outboxStates().open > 0 {
            try ok("sim", "advance", "--minutes", "3")
            try ok(syncArguments)
        }
    }

    /// Amazon's own view of an order (`merchant sim order ID --json`).
    func amazonView(_ order: String) throws -> JSONObject {
        try #require(try json("sim", "order", order, "--json") as? JSONObject)
    }

    /// Across the whole simulated account: orders acknowledged more than once alike, and feed documents
    /// submitted more than once (Amazon does not de-duplicate feeds: each would be applied again).
    func doubledAtAmazon() throws -> (acknowledgements: [[String]], feeds: [[String]]) {
        let acks = try sql(simulatorPath, "SELECT orderId, statusCode, COUNT(*) FROM acknowledgement GROUP BY orderId, statusCode HAVING COUNT(*) > 1")
        let feeds = try sql(simulatorPath, "SELECT inputFeedDocumentId FROM feed GROUP BY inputFeedDocumentId HAVING COUNT(*) > 1")
        return (acks, feeds)
    }
}
