import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Sync over real HTTP")
struct HTTPSyncTests {
    /// The store as plain values, without the ids that differ between two stores.
    static func snapshot(_ h: SyncHarness) throws -> [String] {
        try h.allOrders().map { o in
            let d = try h.store.orderDetail(o.amazonOrderId)
            return "\(o.amazonOrderId) \(o.status.rawValue) \(o.localStatus?.rawValue ?? "-") \(o.importState.rawValue) "
                + "\(o.total?.description ?? "-") \(o.buyerName ?? "-") \(d.order.items.map { "\($0.sku)x\($0.quantityOrdered)/\($0.quantityShipped)" }) "
                + "\(d.reservations.map { "\($0.sku)x\($0.quantity)" }) \(d.blockers)"
        }
    }

    @Test("a sync through `sim serve` on 127.0.0.1 gives the same store as a sync in process")
    func httpEqualsInProcess() async throws {
        // R1, R3
        let inProcess = try SyncHarness()
        let overHTTP = try SyncHarness()
        for h in [inProcess, overHTTP] { _ = try h.simulator.advance(minutes: 240, seed: 11) }

        let server = try SimulatorServer(simulator: overHTTP.simulator, port: 0)
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let client = SellingPartnerClient(
            transport: URLSessionTransport(baseURL: URL(string: "http://127.0.0.1:\(port)")!),
            clock: overHTTP.clock, backoff: BackoffPolicy(seed: 1))
        let httpSync = ChannelSync(store: overHTTP.store, client: client, clock: overHTTP.clock)

        for _ in 0..<3 {
            let a = await inProcess.sync.runOnce()
            let b = await httpSync.runOnce()
            #expect(a.error == nil && b.error == nil)
            inProcess.clock.advance(seconds: 180)
            overHTTP.clock.advance(seconds: 180)
        }
        let expected = try Self.snapshot(inProcess)
        #expect(expected.count > 50)
        #expect(try Self.snapshot(overHTTP) == expected)
        #expect(try overHTTP.store.openOutbox().isEmpty)
    }
}
