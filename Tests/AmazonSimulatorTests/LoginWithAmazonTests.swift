import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// Login with Amazon as the simulator plays it and the client speaks it, in process on one manual clock.
@Suite("Login with Amazon")
struct LoginWithAmazonTests {
    static let app = SimulatedLWAClient(clientId: "amzn1.application-oa2-client.test", clientSecret: "s3cr3t-client",
                                        refreshToken: "Atzr|refresh-token-test", tokenLifetime: 5)
    static let good = LWACredentials(clientId: app.clientId, clientSecret: app.clientSecret, refreshToken: app.refreshToken)

    /// A fixture whose simulator checks tokens, and a client that fetches them from it.
    static func connected(_ credentials: LWACredentials = good) throws -> (SimulatorFixture, SellingPartnerClient, LWATokenSource) {
        let fixture = try SimulatorFixture()
        fixture.simulator.acceptLWA(app)
        let tokens = LWATokenSource(credentials: credentials, tokenEndpoint: URL(string: "http://localhost/auth/o2/token")!,
                                    transport: fixture.simulator, clock: fixture.clock)
        let client = SellingPartnerClient(transport: fixture.simulator, clock: fixture.clock, tokens: tokens,
                                          rateLimits: .unlimited, backoff: BackoffPolicy(seed: 1))
        return (fixture, client, tokens)
    }

    @Test("the refresh token buys an access token, and Sellers lists the account's marketplaces")
    func participations() async throws {
        let (fixture, client, tokens) = try Self.connected()
        let list = try await client.getMarketplaceParticipations()
        #expect(list.map(\.marketplace.id) == SimulatorFixture.marketplaces)
        #expect(list.allSatisfy { $0.participation.isParticipating })
        #expect(await tokens.fetched == 1)
        #expect(try fixture.simulator.lwaStatistics()["tokensIssued"] == 1)
    }

    @Test(.enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func sellersAnswerValidatesAgainstTheOfficialModel() async throws {
        let checker = try #require(ModelSchemaChecker(model: "sellers.json"))
        let fixture = try SimulatorFixture()
        let answer = try await fixture.get("/sellers/v1/marketplaceParticipations")
        #expect(answer.status == 200)
        #expect(try checker.violations(of: answer.body, against: "GetMarketplaceParticipationsResponse") == [])
    }

    @Test("a wrong refresh token is invalid_grant, a wrong secret invalid_client, and neither shows in the message")
    func refusals() async throws {
        for (credentials, code) in [
            (LWACredentials(clientId: Self.app.clientId, clientSecret: Self.app.clientSecret, refreshToken: "Atzr|wrong-refresh"), "invalid_grant"),
            (LWACredentials(clientId: Self.app.clientId, clientSecret: "wrong-secret-1234", refreshToken: Self.app.refreshToken), "invalid_client"),
        ] {
            let (fixture, client, _) = try Self.connected(credentials)
            let error = await #expect(throws: LWAError.self) { try await client.getMarketplaceParticipations() }
            guard case .refused(let said, _)? = error else { Issue.record("not refused: \(String(describing: error))"); continue }
            #expect(said == code)
            let text = "\(error!)"
            #expect(!text.contains(credentials.refreshToken) && !text.contains(credentials.clientSecret))
            #expect(text.contains(code == "invalid_grant" ? "refresh token" : "client secret"))
            #expect(try fixture.simulator.requestCount("getMarketplaceParticipations") == 0)
        }
    }

    @Test("with LWA switched on, a request without a token, or with one unknown, is refused 403 Unauthorized")
    func checked() async throws {
        let fixture = try SimulatorFixture()
        fixture.simulator.acceptLWA(Self.app)
        let bare = try await fixture.get("/sellers/v1/marketplaceParticipations")
        #expect(bare.status == 403)
        let unknown = try await fixture.simulator.send(HTTPRequest(method: "GET", path: "/sellers/v1/marketplaceParticipations",
                                                                   headers: ["x-amz-access-token": "Atza|made-up"]))
        #expect(unknown.status == 403)
        let errors = try JSONDecoder().decode(SPAPIErrorList.self, from: unknown.body).errors
        #expect(errors.first?.code == "Unauthorized")
        #expect(try fixture.simulator.lwaStatistics()["refused.missing"] == 1)
        #expect(try fixture.simulator.lwaStatistics()["refused.invalid"] == 1)
        // Switched off again, as every other test runs it: no token needed.
        fixture.simulator.acceptLWA(nil)
        #expect(try await fixture.get("/sellers/v1/marketplaceParticipations").status == 200)
    }

    @Test("a token is renewed shortly before it expires, never after")
    func renewedBeforeExpiry() async throws {
        let (fixture, client, tokens) = try Self.connected()
        for _ in 0..<12 {
            _ = try await client.getMarketplaceParticipations()
            fixture.clock.advance(seconds: 1)
        }
        let stats = try fixture.simulator.lwaStatistics()
        #expect(stats["refused.expired"] == nil)
        #expect(stats["renewedAfterExpiry"] == nil)
        #expect(stats["renewedBeforeExpiry", default: 0] >= 2)
        #expect(await tokens.fetched == stats["tokensIssued"])
        #expect(LWATokenSource.margin(expiresIn: 3600) == 60)
    }

    @Test("a token Amazon calls expired is replaced and the request repeated once; a second refusal stands")
    func expiredRepeatsOnce() async throws {
        let (fixture, client, tokens) = try Self.connected()
        _ = try await client.getMarketplaceParticipations()
        try fixture.simulator.expireAccessTokens()
        _ = try await client.getMarketplaceParticipations()
        #expect(client.statistics.expiredTokenRepeats == 1)
        #expect(try fixture.simulator.lwaStatistics()["refused.expired"] == 1)
        #expect(try fixture.simulator.requestCount("getMarketplaceParticipations") == 2)

        // A token source that keeps handing out the same expired token: one repeat, then Amazon's refusal.
        let current = try await tokens.accessToken()
        try fixture.simulator.expireAccessTokens()
        let stale = SellingPartnerClient(transport: fixture.simulator, clock: fixture.clock, tokens: StaleTokens(token: current),
                                         rateLimits: .unlimited, backoff: BackoffPolicy(seed: 1))
        let error = await #expect(throws: SPAPIError.self) { try await stale.getMarketplaceParticipations() }
        guard case .rejected(let status, _)? = error else { Issue.record("not rejected"); return }
        #expect(status == 403)
        #expect(stale.statistics.expiredTokenRepeats == 1)
        #expect(!"\(error!)".contains("Atza|"))
    }

    @Test("requests running at once share one renewal")
    func oneRenewalAtATime() async throws {
        let (fixture, client, tokens) = try Self.connected()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<16 { group.addTask { _ = try await client.getMarketplaceParticipations() } }
            try await group.waitForAll()
        }
        #expect(await tokens.fetched == 1)
        fixture.clock.advance(seconds: 10)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<16 { group.addTask { _ = try await client.getMarketplaceParticipations() } }
            try await group.waitForAll()
        }
        #expect(await tokens.fetched == 2)
        #expect(try fixture.simulator.lwaStatistics()["tokensIssued"] == 2)
    }
}

/// Always the same token, which the simulator has expired.
private struct StaleTokens: AccessTokenProvider {
    let token: AccessToken
    func accessToken() async throws -> AccessToken { token }
    func expired(_ token: AccessToken) async {}
}

extension AmazonSimulator {
    func requestCount(_ operation: String) throws -> Int { try statistics().requests[operation] ?? 0 }
}
