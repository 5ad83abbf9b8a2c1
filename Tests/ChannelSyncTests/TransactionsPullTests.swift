import AmazonSimulator
import ChannelSync
import Foundation
import GRDB
import MerchantCore
@testable import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

/// Passes every request to Amazon and keeps each request with its answer and the (shared) clock's time.
final class RecordingTransport: HTTPTransport {
    struct Exchange: Sendable {
        var request: HTTPRequest
        var response: HTTPResponse
        var at: Date
    }

    let inner: any HTTPTransport
    private let clock = Mutex<(any ClockSource)?>(nil)
    private let log = Mutex<[Exchange]>([])

    init(_ inner: any HTTPTransport) { self.inner = inner }

    /// The clock whose time each exchange is noted at.
    func use(clock: any ClockSource) { self.clock.withLock { $0 = clock } }

    var exchanges: [Exchange] { log.withLock { $0 } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let at = clock.withLock { $0?.now } ?? Date()
        let response = try await inner.send(request)
        log.withLock { $0.append(Exchange(request: request, response: response, at: at)) }
        return response
    }

    /// How many requests went to each path.
    var requestsByPath: [String: Int] {
        exchanges.reduce(into: [:]) { counts, e in counts[e.request.path, default: 0] += 1 }
    }

    /// The listTransactions requests, oldest first.
    var transactionReads: [Exchange] { exchanges.filter { $0.request.path == "/finances/2024-06-19/transactions" } }
}

extension HTTPRequest {
    func queryValue(_ name: String) -> String? { query.first { $0.0 == name }?.1 }
}

@Suite("Refunds made in Seller Central arrive through Finances 2024-06-19 listTransactions")
struct TransactionsPullTests {
    static let transactionsPath = "/finances/2024-06-19/transactions"

    func harness() throws -> (SyncHarness, RecordingTransport) {
        let box = Mutex<RecordingTransport?>(nil)
        let h = try SyncHarness(transport: { simulator in
            let recording = RecordingTransport(simulator)
            box.withLock { $0 = recording }
            return recording
        })
        let recording = try #require(box.withLock { $0 })
        recording.use(clock: h.clock)
        return (h, recording)
    }

    /// A paid order of `quantity` mugs (12.90 EUR each), imported and shipped, Amazon told.
    func shippedOrder(_ h: SyncHarness, quantity: Int = 2) async throws -> String {
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: quantity)
        try await h.syncUntilSettled()
        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567127"),
                         actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        return id
    }

    func eur(_ text: String) throws -> Money { try Money(parsing: text, currency: "EUR") }

    @Test("a Seller Central refund arrives through listTransactions; the deprecated listFinancialEvents is never called")
    func noMoreFinancialEvents() async throws {
        // R23
        let (h, recording) = try harness()
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "8.56")
        h.clock.advance(seconds: 300)
        try await h.syncUntilSettled()
        #expect(try h.store.refundsOnAmazon().map(\.amount) == [try eur("8.56")])
        let paths = recording.requestsByPath
        #expect(paths[Self.transactionsPath, default: 0] > 0)
        #expect(paths.keys.filter { $0.hasPrefix("/finances/v0") }.isEmpty, "\(paths)")
        #expect(try h.simulator.statistics().requests["listFinancialEvents"] == nil)
        #expect(try h.simulator.statistics().requests["listTransactions", default: 0] > 0)
    }

    @Test("amounts are kept to the cent: 8.56 and 1234.5 arrive exactly, never by way of a Double")
    func amountsStayExact() async throws {
        // R23
        let (h, recording) = try harness()
        let small = try await shippedOrder(h)
        let large = try h.simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 70)   // 1295.00 EUR (blocked: 60 in stock)
        try await h.syncUntilSettled()
        try h.simulator.refundOnAmazon(orderId: small, amount: "8.56")
        try h.simulator.refundOnAmazon(orderId: large, amount: "1234.50")
        h.clock.advance(seconds: 300)
        try await h.syncUntilSettled()
        let amounts = Set(try h.store.refundsOnAmazon().map(\.amount))
        #expect(amounts == [try eur("8.56"), try eur("1234.50")])
        // Amazon wrote them as JSON numbers.
        let body = recording.transactionReads.map { String(decoding: $0.response.body, as: UTF8.self) }.joined()
        #expect(body.contains(#""currencyAmount":-8.56"#))
        #expect(body.contains(#""currencyAmount":-1234.5"#))
    }

    @Test("postedBefore is never later than two minutes before now, and whole seconds")
    func settleTime() async throws {
        let (h, recording) = try harness()
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "3.00")
        h.clock.advance(seconds: 0.75)
        try await h.syncUntilSettled()
        let reads = recording.transactionReads
        try #require(!reads.isEmpty)
        for read in reads {
            let before = try #require(read.request.queryValue("postedBefore").flatMap(SPAPIDate.parse))
            #expect(before <= read.at.addingTimeInterval(-120))
            #expect(before.timeIntervalSince1970 == before.timeIntervalSince1970.rounded(.down))
            #expect(read.response.status == 200)
        }
        #expect(try h.store.refundsOnAmazon().count == 1)
    }

    @Test("a refund Amazon posts late, dated before the last read, is found by the 48-hour overlap; read twice, it is recorded once")
    func overlapFindsLateRefundsAndRecordsThemOnce() async throws {
        // R23
        let (h, recording) = try harness()
        let id = try await shippedOrder(h)
        h.clock.advance(seconds: 6 * 3600)
        try await h.syncUntilSettled()
        let watermark = try #require(try h.store.financesWatermark())
        // Finances reports it only now, dated 30 hours ago: before the watermark.
        try h.simulator.refundOnAmazon(orderId: id, amount: "5.00", postedLate: 30 * 3600)
        h.clock.advance(seconds: 60)
        try await h.syncUntilSettled()
        let onAmazon = try h.store.refundsOnAmazon()
        #expect(onAmazon.map(\.amount) == [try eur("5.00")])
        #expect(try #require(onAmazon.first).postedAt < watermark)
        // Later reads see the same transaction again (the overlap) and change nothing.
        h.clock.advance(seconds: 3600)
        try await h.syncUntilSettled()
        let seen = recording.transactionReads.filter { read in
            ((try? ListTransactionsResponse.decode(from: read.response.body))?.payload?.transactions ?? []).contains { $0.transactionType == "Refund" }
        }
        #expect(seen.count >= 2)
        #expect(try h.store.refundsOnAmazon().count == 1)
        #expect(try #require(try h.store.refundTotals().lines.first).onAmazon == (try eur("5.00")))
    }

    @Test("a range longer than Amazon's 180 days is read in pieces, and refunds from both ends arrive")
    func longRangesAreSplit() async throws {
        // R23
        let (h, recording) = try harness()
        let early = try await shippedOrder(h)
        let late = try h.simulator.placeOrder(sku: "TEE-GRUEN-500")   // paid, not yet shipped
        try await h.syncUntilSettled()
        try h.simulator.refundOnAmazon(orderId: early, amount: "2.00")
        h.clock.advance(seconds: 200 * 86_400)   // the console was not run for 200 days
        try h.simulator.refundOnAmazon(orderId: late, amount: "4.00")
        h.clock.advance(seconds: 300)
        let before = recording.transactionReads.count
        _ = await h.sync.runOnce()
        let reads = recording.transactionReads.dropFirst(before)
        #expect(reads.count == 2)
        var previousEnd: Date?
        for read in reads {
            let after = try #require(read.request.queryValue("postedAfter").flatMap(SPAPIDate.parse))
            let end = try #require(read.request.queryValue("postedBefore").flatMap(SPAPIDate.parse))
            #expect(end.timeIntervalSince(after) <= 180 * 86_400)
            if let previousEnd { #expect(after == previousEnd) }
            previousEnd = end
        }
        #expect(Set(try h.store.refundsOnAmazon().map(\.amount)) == [try eur("2.00"), try eur("4.00")])
    }

    @Test("a page with a nextToken is followed with the same range, and every refund of every page is recorded once")
    func nextTokenFollowed() async throws {
        // R23
        let (h, recording) = try harness()
        let id = try await shippedOrder(h)
        for _ in 0..<105 { try h.simulator.refundOnAmazon(orderId: id, amount: "0.01") }
        h.clock.advance(seconds: 300)
        let before = recording.transactionReads.count
        _ = await h.sync.runOnce()
        let reads = Array(recording.transactionReads.dropFirst(before))
        #expect(reads.count == 2)
        let token = try #require(try ListTransactionsResponse.decode(from: reads[0].response.body).payload?.nextToken)
        #expect(reads[0].request.queryValue("nextToken") == nil)
        #expect(reads[1].request.queryValue("nextToken") == token)
        #expect(reads[1].request.queryValue("postedAfter") == reads[0].request.queryValue("postedAfter"))
        #expect(reads[1].request.queryValue("postedBefore") == reads[0].request.queryValue("postedBefore"))
        let onAmazon = try h.store.refundsOnAmazon()
        #expect(onAmazon.count == 105)
        #expect(try #require(try h.store.refundTotals().lines.first).onAmazon == (try eur("1.05")))
    }

    @Test("over real HTTP (`sim serve`), pages and their nextToken arrive whole: every refund recorded once")
    func pagingOverHTTP() async throws {
        // R23
        let h = try SyncHarness()
        let id = try await shippedOrder(h)
        for _ in 0..<103 { try h.simulator.refundOnAmazon(orderId: id, amount: "0.01") }
        h.clock.advance(seconds: 300)
        let server = try SimulatorServer(simulator: h.simulator, port: 0)
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let client = SellingPartnerClient(transport: URLSessionTransport(baseURL: URL(string: "http://127.0.0.1:\(port)")!),
                                          clock: h.clock, backoff: BackoffPolicy(seed: 1))
        let outcome = await ChannelSync(store: h.store, client: client, clock: h.clock).runOnce()
        #expect(outcome.error == nil)
        #expect(outcome.refundedOnAmazon == 103)
        #expect(try h.simulator.statistics().requests["listTransactions", default: 0] >= 2)
        #expect(try h.store.refundsOnAmazon().count == 103)
    }

    @Test("a nextToken that keeps coming back ends the refunds' read with a clear problem instead of paging forever")
    func pagingLoopStops() async throws {
        // R3
        let h = try SyncHarness(transport: { simulator in StuckTransactionsTransport(simulator) })
        let outcome = await h.sync.runOnce()
        #expect(outcome.error?.contains("kept sending the same page again (listTransactions: 6 times)") == true, "\(outcome.error ?? "no error")")
        #expect(try h.simulator.statistics().requests["searchOrders", default: 0] > 0)   // the orders were read all the same
    }

    @Test("a refund already recorded from Finances v0 (before this version) is taken over by its transaction, not counted twice")
    func v0RecordTakenOver() async throws {
        // R23
        let (h, _) = try harness()
        let id = try await shippedOrder(h)
        try h.simulator.refundOnAmazon(orderId: id, amount: "7.00")
        h.clock.advance(seconds: 300)
        try await h.syncUntilSettled()
        // As an older version left it: keyed by the v0 event's adjustment item ids, marked by the v16 migration.
        try await h.store.pool.write { db in
            try db.execute(sql: "UPDATE amazonRefund SET eventKey = '41-1', v0Key = '41-1'")
        }
        h.clock.advance(seconds: 3600)
        try await h.syncUntilSettled()
        let rows = try await h.store.pool.read { db in try Row.fetchAll(db, sql: "SELECT eventKey, v0Key FROM amazonRefund") }
        #expect(rows.count == 1)
        #expect(rows.first?["v0Key"] == "41-1")
        #expect((rows.first?["eventKey"] as String?)?.count == 43)   // the transaction id now
        #expect(try h.store.refundsOnAmazon().map(\.amount) == [try eur("7.00")])
        #expect(try #require(try h.store.refundTotals().lines.first).onAmazon == (try eur("7.00")))
    }
}

/// Amazon's other answers, but every transactions page the same empty one with the same nextToken.
final class StuckTransactionsTransport: HTTPTransport {
    let inner: any HTTPTransport
    init(_ inner: any HTTPTransport) { self.inner = inner }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.path == TransactionsPullTests.transactionsPath else { return try await inner.send(request) }
        return HTTPResponse(status: 200, headers: ["Content-Type": "application/json"],
                            body: Data(#"{"payload":{"nextToken":"c2FtZQ==","transactions":[]}}"#.utf8))
    }
}
