import AmazonSimulator
@testable import ChannelSync
import Foundation
import MerchantTestSupport
import Synchronization
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Testing

/// Real searchOrders pages from the simulator, mutated thousands of ways (seeded), and random input:
/// decoding never crashes, it succeeds or throws; and a page PullSync refuses leaves the store byte for
/// byte as it was, watermark included (R30: a refused input changes nothing; R3: the next sync asks again).
/// `MERCHANT_SOAK=1` runs ten times as many cases.
@Suite("Fuzzing SP-API decoding and the pull")
struct DecodingFuzzTests {
    static let scale = ProcessInfo.processInfo.environment["MERCHANT_SOAK"] == "1" ? 10 : 1

    /// A few real pages (20 orders each, with a next token) from a simulated afternoon.
    static func realPages() async throws -> (SyncHarness, [Data]) {
        let h = try SyncHarness()
        try h.simulator.setThrottling(enabled: false)
        _ = try h.simulator.advance(minutes: 240, seed: 21)
        try h.simulator.pay(orderId: try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2, pending: true))
        var pages: [Data] = []
        var token: String?
        repeat {
            var query: [(String, String)] = [
                ("lastUpdatedAfter", SPAPIDate.format(try h.simulator.connectedAt.addingTimeInterval(-30 * 86_400))),
                ("marketplaceIds", "A1PA6795UKMFR9"), ("maxResultsPerPage", "20"),
                ("includedData", SearchOrdersQuery.defaultIncludedData.map(\.rawValue).joined(separator: ",")),
            ]
            if let token { query.append(("paginationToken", token)) }
            let answer = try await h.simulator.send(HTTPRequest(method: "GET", path: "/orders/2026-01-01/orders", query: query))
            #expect(answer.status == 200)
            pages.append(answer.body)
            token = try JSONDecoder().decode(SearchOrdersResponse.self, from: answer.body).pagination?.nextToken
        } while token != nil
        return (h, pages)
    }

    @Test("thousands of mutated pages and random inputs: decoding and mapping succeed or throw, never crash")
    func decodingNeverCrashes() async throws {
        // R30
        let (_, pages) = try await Self.realPages()
        #expect(pages.count >= 3)
        var rng = TestRandom(seed: 2026)
        var decoded = 0, refused = 0, mapped = 0, unmappable = 0
        for round in 0..<(4_000 * Self.scale) {
            let input = round % 5 == 4 ? Mutator.randomInput(&rng) : Mutator.mutate(pages.randomElement(using: &rng)!, &rng)
            do {
                let page = try JSONDecoder().decode(SearchOrdersResponse.self, from: input)
                decoded += 1
                for order in page.orders {
                    if (try? OrderMapping.map(order)) != nil { mapped += 1 } else { unmappable += 1 }
                }
            } catch {
                refused += 1
            }
            // The other answers the client reads, on the same bytes.
            _ = try? JSONDecoder().decode(GetOrderResponse.self, from: input)
            _ = try? JSONDecoder().decode(SPAPIErrorList.self, from: input)
            _ = try? JSONDecoder().decode(Feed.self, from: input)
            _ = try? JSONDecoder().decode(ListFinancialEventsResponse.self, from: input)
            if let page = try? ListTransactionsResponse.decode(from: input) { _ = (page.payload?.transactions ?? []).map { try? RefundPull.refund($0) } }
        }
        print("decoding fuzz: \(4_000 * Self.scale) inputs, \(decoded) decoded (\(mapped) orders mapped, \(unmappable) refused by mapping), \(refused) refused by the decoder")
        #expect(decoded > 0 && refused > 0)
    }

    @Test("a page PullSync refuses leaves every table and the watermark as they were; an accepted one never moves the watermark past Amazon's bound")
    func refusedPageChangesNothing() async throws {
        // R30, R3
        let (h, pages) = try await Self.realPages()
        var rng = TestRandom(seed: 7)
        var refused = 0, accepted = 0, storeNumber = 0
        func freshStore() throws -> MerchantStore {
            storeNumber += 1
            let store = try MerchantStore.open(at: h.folder.appendingPathComponent("fuzz-\(storeNumber).sqlite").path)
            try store.initialize(settings: try h.store.settings(), products: SyncHarness.catalog, at: h.clock.now)
            return store
        }
        var store = try freshStore()
        let clock = ManualClock(try h.simulator.now)
        for round in 0..<(600 * Self.scale) {
            let base = pages.randomElement(using: &rng)!
            let input = round % 10 == 9 ? Mutator.randomInput(&rng) : Mutator.mutate(base, &rng)
            let bound = (try? JSONDecoder().decode(SearchOrdersResponse.self, from: base))?.lastUpdatedBefore ?? ""
            let transport = FuzzTransport(page: input, bound: bound, simulator: h.simulator)
            let client = SellingPartnerClient(transport: transport, clock: clock, rateLimits: .unlimited,
                                              backoff: BackoffPolicy(maxAttempts: 2, malformedRetries: 1, seed: 1))
            let before = try StoreChecksum.of(store.path)
            let watermark = try store.syncState().watermark
            do {
                _ = try await PullSync(store: store, client: client, clock: clock).run()
                accepted += 1
                // Whatever an order claims, the watermark stays within what Amazon said it answered for (R3).
                // (Amazon's own claim is the limit: the page's lastUpdatedBefore, which a mutation may have moved.)
                let claimed = (try? JSONDecoder().decode(SearchOrdersResponse.self, from: input))?.lastUpdatedBefore.flatMap(SPAPIDate.parse)
                if let after = try store.syncState().watermark, let limit = SPAPIDate.parse(bound).map({ max($0, clock.now, claimed ?? $0) }) {
                    #expect(after <= limit, "watermark \(after) beyond the page's lastUpdatedBefore \(bound)")
                }
                if try StoreChecksum.of(store.path) != before { store = try freshStore() }
            } catch {
                refused += 1
                #expect(try StoreChecksum.of(store.path) == before, "refused page changed the store: \(error)")
                #expect(try store.syncState().watermark == watermark)
            }
        }
        print("pull fuzz: \(600 * Self.scale) pages, \(accepted) accepted, \(refused) refused whole")
        #expect(refused > 0 && accepted > 0)
    }
}

extension DecodingFuzzTests {
    @Test("an order claiming an update in 2099 does not move the watermark past Amazon's lastUpdatedBefore; later orders still come")
    func futureTimeKeepsWatermark() async throws {
        // R3
        let h = try SyncHarness(transport: { FutureTimeTransport(simulator: $0) })
        _ = try h.simulator.advance(minutes: 60, seed: 5)
        #expect(await h.sync.runOnce().error == nil)
        let watermark = try #require(try h.store.syncState().watermark)
        #expect(watermark <= (try h.simulator.now))
        h.clock.advance(seconds: 180)
        let later = try h.simulator.placeOrder(sku: "TEE-GRUEN-500")
        #expect(await h.sync.runOnce().error == nil)
        #expect(try h.allOrders().contains { $0.amazonOrderId == later })
    }
}

/// The simulator, except that the first order of the first searchOrders answer claims an update in 2099.
final class FutureTimeTransport: HTTPTransport {
    let simulator: AmazonSimulator
    let done = Synchronization.Mutex(false)
    init(simulator: AmazonSimulator) { self.simulator = simulator }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        var answer = try await simulator.send(request)
        guard request.path.hasSuffix("/orders/2026-01-01/orders"), !done.withLock({ let was = $0; $0 = true; return was }),
              var page = try? JSONDecoder().decode(SearchOrdersResponse.self, from: answer.body), !page.orders.isEmpty else { return answer }
        page.orders[0].lastUpdatedTime = "2099-01-01T00:00:00Z"
        answer.body = try JSONEncoder().encode(page)
        return answer
    }
}

/// Answers the first searchOrders with the fuzzed page and any later one with an empty last page;
/// everything else (getOrder for newly paid orders) goes to the simulator.
struct FuzzTransport: HTTPTransport {
    let page: Data
    let bound: String
    let simulator: AmazonSimulator

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.path.hasSuffix("/orders/2026-01-01/orders") else { return try await simulator.send(request) }
        if request.queryValue("paginationToken") == nil { return HTTPResponse(status: 200, body: page) }
        return HTTPResponse(status: 200, body: Data(#"{"orders":[],"lastUpdatedBefore":"\#(bound)"}"#.utf8))
    }
}

/// Seeded ways to spoil JSON: bytes deleted, duplicated, swapped, cut; values of another type; huge
/// numbers; invalid UTF-8; deep nesting; and wholly random input.
enum Mutator {
    static func mutate(_ data: Data, _ rng: inout TestRandom) -> Data {
        var bytes = [UInt8](data)
        let steps = Int.random(in: 1...3, using: &rng)
        for _ in 0..<steps {
            guard !bytes.isEmpty else { break }
            let at = Int.random(in: 0..<bytes.count, using: &rng)
            let length = min(bytes.count - at, Int.random(in: 1...40, using: &rng))
            switch Int.random(in: 0...9, using: &rng) {
            case 0: bytes.removeSubrange(at..<(at + length))
            case 1: bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
            case 2:
                let other = Int.random(in: 0..<bytes.count, using: &rng)
                bytes.swapAt(at, other)
            case 3: bytes = Array(bytes.prefix(at))
            case 4: bytes.insert(contentsOf: [[0xFF], [0xC3], [0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00]]
                .randomElement(using: &rng)!, at: at)
            case 5: bytes[at] = UInt8.random(in: 0...255, using: &rng)
            case 6: if let later = futureOrder(Data(bytes), &rng) { bytes = [UInt8](later) }
            default:
                if let structured = structural(Data(bytes), &rng) { bytes = [UInt8](structured) }
            }
        }
        return Data(bytes)
    }

    /// One order claims an update far after the moment Amazon says it answered for: well-formed, yet a lie.
    static func futureOrder(_ data: Data, _ rng: inout TestRandom) -> Data? {
        guard var page = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              var orders = page["orders"] as? [[String: Any]], !orders.isEmpty else { return nil }
        let index = Int.random(in: 0..<orders.count, using: &rng)
        orders[index]["lastUpdatedTime"] = ["2099-01-01T00:00:00Z", "2030-06-30T12:00:00Z"].randomElement(using: &rng)!
        page["orders"] = orders
        return try? JSONSerialization.data(withJSONObject: page)
    }

    /// Replaces one value somewhere in the JSON tree with a value of another kind.
    static func structural(_ data: Data, _ rng: inout TestRandom) -> Data? {
        guard let tree = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        let replacement = oddValue(&rng)
        let changed = replace(tree, depth: 0, with: replacement, &rng)
        if replacement as? String == DeepNesting.marker, let text = try? JSONSerialization.data(withJSONObject: changed, options: [.fragmentsAllowed]) {
            // Deep nesting is spliced in as text: JSONSerialization would refuse to write it.
            let marker = Data(#""\#(DeepNesting.marker)""#.utf8)
            guard let range = text.range(of: marker) else { return text }
            var out = text
            let depth = Int.random(in: 100...20_000, using: &rng)
            out.replaceSubrange(range, with: Data(String(repeating: "[", count: depth).utf8) + Data(String(repeating: "]", count: depth).utf8))
            return out
        }
        return try? JSONSerialization.data(withJSONObject: changed, options: [.fragmentsAllowed])
    }

    struct DeepNesting { static let marker = "@@DEEP@@" }

    static func oddValue(_ rng: inout TestRandom) -> Any {
        let values: [Any] = [
            "x", "", "2026-13-45T99:99:99Z", "9999-12-31T23:59:59Z", "-1", "1e999", "NaN", "\u{202E}\u{0}",
            NSNumber(value: 0), NSNumber(value: -1), NSNumber(value: Int64.max), NSNumber(value: Double.greatestFiniteMagnitude),
            NSNumber(value: 1e300), NSNumber(value: true), NSNull(), [Any](), [String: Any](), ["orders": NSNull()],
            String(repeating: "🧨", count: 300), DeepNesting(),
        ]
        let value = values.randomElement(using: &rng)!
        return value is DeepNesting ? DeepNesting.marker : value
    }

    static func replace(_ node: Any, depth: Int, with value: Any, _ rng: inout TestRandom) -> Any {
        if let object = node as? [String: Any], !object.isEmpty {
            var copy = object
            let key = object.keys.sorted().randomElement(using: &rng)!
            if rng.chance(0.1) { copy.removeValue(forKey: key); return copy }
            copy[key] = rng.chance(0.35) || depth > 6 ? value : replace(object[key]!, depth: depth + 1, with: value, &rng)
            return copy
        }
        if let array = node as? [Any], !array.isEmpty {
            var copy = array
            let index = Int.random(in: 0..<array.count, using: &rng)
            if rng.chance(0.1) { copy.append(copy[index]); return copy }
            copy[index] = rng.chance(0.35) || depth > 6 ? value : replace(array[index], depth: depth + 1, with: value, &rng)
            return copy
        }
        return value
    }

    /// Random bytes, random JSON-ish text, or a page-shaped object with random contents.
    static func randomInput(_ rng: inout TestRandom) -> Data {
        switch Int.random(in: 0...2, using: &rng) {
        case 0:
            return Data((0..<Int.random(in: 0...600, using: &rng)).map { _ in UInt8.random(in: 0...255, using: &rng) })
        case 1:
            let tokens = ["{", "}", "[", "]", ",", ":", "\"orders\"", "\"orderId\"", "\"x\"", "1", "-0.5e3", "null", "true", "\"\\u0000\"", "\"\\ud800\"", " "]
            return Data((0..<Int.random(in: 0...200, using: &rng)).map { _ in tokens.randomElement(using: &rng)! }.joined().utf8)
        default:
            let order: [String: Any] = [
                "orderId": oddValue(&rng), "createdTime": oddValue(&rng), "lastUpdatedTime": oddValue(&rng),
                "salesChannel": ["channelName": "Amazon", "marketplaceId": oddValue(&rng)],
                "fulfillment": ["fulfillmentStatus": ["UNSHIPPED", "SHIPPED", "BOGUS"].randomElement(using: &rng)!],
                "orderItems": [["orderItemId": "1", "quantityOrdered": oddValue(&rng), "product": ["sellerSku": oddValue(&rng)]]],
            ]
            let page: [String: Any] = ["orders": [order], "lastUpdatedBefore": oddValue(&rng)]
            let text = (try? JSONSerialization.data(withJSONObject: page, options: [.fragmentsAllowed])) ?? Data()
            return text
        }
    }
}
