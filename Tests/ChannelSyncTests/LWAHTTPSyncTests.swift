import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

/// Connect, sync and ship over real HTTP (the simulator's server on 127.0.0.1) with access tokens that live
/// five seconds of simulated time, while every answer takes a second.
@Suite("Tokens as Amazon issues them, over HTTP")
struct LWAHTTPSyncTests {
    static let app = SimulatedLWAClient(clientId: "amzn1.application-oa2-client.http", clientSecret: "secret-over-http",
                                        refreshToken: "Atzr|refresh-over-http", tokenLifetime: 5)

    @Test("connect → sync → ship: every request has a live token, renewed before expiry; a 403 for an expired one is repeated once; nothing twice")
    func connectSyncShip() async throws {
        // R3, R6, R13, R29
        let h = try SyncHarness()
        _ = try h.simulator.advance(minutes: 120, seed: 5)
        h.simulator.acceptLWA(Self.app)
        let server = try SimulatorServer(simulator: h.simulator, port: 0)
        let port = try await server.start()
        defer { Task { await server.stop() } }
        let base = URL(string: "http://127.0.0.1:\(port)")!
        let tokenURL = URL(string: "http://127.0.0.1:\(port)/auth/o2/token")!
        let tokens = LWATokenSource(
            credentials: LWACredentials(clientId: Self.app.clientId, clientSecret: Self.app.clientSecret, refreshToken: Self.app.refreshToken),
            tokenEndpoint: tokenURL, transport: URLSessionTransport(baseURL: tokenURL), clock: h.clock)
        let wire = TimePassingTransport(URLSessionTransport(baseURL: base), clock: h.clock)
        let client = SellingPartnerClient(transport: wire, clock: h.clock, tokens: tokens, backoff: BackoffPolicy(seed: 1))

        // Connect: the refresh token buys an access token, and Sellers' marketplaces become the account's.
        let marketplaces = try await client.getMarketplaceParticipations().map(\.marketplace.id)
        try h.store.connectAccount(sellerId: "A2DEMOSELLER01", marketplaceIds: marketplaces, actor: "test", at: h.clock.now)
        #expect(try h.store.settings().marketplaceIds == ["A1PA6795UKMFR9"])

        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350")
        let sync = ChannelSync(store: h.store, client: client, clock: h.clock)
        for _ in 0..<3 {
            let outcome = await sync.runOnce()
            #expect(outcome.error == nil)
            h.clock.advance(seconds: 180)
        }
        #expect(try h.store.orderDetail(id).order.status == .unshipped)

        try h.store.ship(ShipmentRequest(amazonOrderId: id, carrier: try Carrier.parse("UPS"), trackingNumber: "1Z5R89390357567127"),
                         actor: "test", at: try h.simulator.now)
        // Amazon withdraws the token just before the shipment is confirmed: the one 403 falls on a write.
        wire.beforeFirst("shipmentConfirmation") { try? h.simulator.expireAccessTokens() }
        for _ in 0..<2 {
            let outcome = await sync.runOnce()
            #expect(outcome.error == nil)
            h.clock.advance(seconds: 180)
        }

        let stats = try h.simulator.lwaStatistics()
        #expect(stats["refused.missing"] == nil && stats["refused.invalid"] == nil)
        // At least the one Amazon forced on the shipment. The sync's parts run side by side and each answer takes a
        // second of a five-second token's life, so a request that waited its turn may find its token ran out in
        // flight: every such answer is repeated once with a fresh token, never more.
        let expired = stats["refused.expired", default: 0]
        #expect(expired >= 1, "\(stats)")
        #expect(client.statistics.expiredTokenRepeats == expired)
        // Renewed before expiry while requests went on (a renewal after an idle gap is no harm: nothing was sent with the old token).
        #expect(stats["renewedBeforeExpiry", default: 0] >= 1, "\(stats)")
        let sent = wire.sent
        #expect(sent.count > 10)
        #expect(sent.allSatisfy { $0.document || $0.token?.hasPrefix("Atza|") == true })
        #expect(sent.filter { $0.path.contains("shipmentConfirmation") }.count == 2)

        // Nothing twice: one package, one acknowledgement, each key and feed once.
        let view = try h.simulator.orderView(orderId: id)
        #expect(view.status == "SHIPPED")
        #expect(view.packages.count == 1)
        #expect(view.acknowledgements == 1)
        #expect(view.idempotencyKeyArrivals.values.allSatisfy { $0 == 1 })
        #expect(try h.simulator.feedStatusesByKey().values.allSatisfy { $0.count == 1 })
        #expect(try h.store.openOutbox().isEmpty)
    }
}

/// Real HTTP where every answer takes a second of the shared clock; remembers what each request carried.
final class TimePassingTransport: HTTPTransport {
    struct Sent: Sendable {
        var path: String
        var token: String?
        var document: Bool
    }

    let inner: any HTTPTransport
    let clock: ManualClock
    private let state = Mutex<(sent: [Sent], hook: (String, @Sendable () -> Void)?)>(([], nil))

    init(_ inner: any HTTPTransport, clock: ManualClock) {
        self.inner = inner
        self.clock = clock
    }

    var sent: [Sent] { state.withLock { $0.sent } }

    /// Runs `action` once, just before the first request whose path contains `fragment`.
    func beforeFirst(_ fragment: String, _ action: @escaping @Sendable () -> Void) {
        state.withLock { $0.hook = (fragment, action) }
    }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let hook: (@Sendable () -> Void)? = state.withLock { s in
            s.sent.append(Sent(path: request.path, token: request.headers["x-amz-access-token"], document: request.path.hasPrefix("http")))
            guard let (fragment, action) = s.hook, request.path.contains(fragment) else { return nil }
            s.hook = nil
            return action
        }
        hook?()
        let response = try await inner.send(request)
        clock.advance(seconds: 1)
        return response
    }
}
