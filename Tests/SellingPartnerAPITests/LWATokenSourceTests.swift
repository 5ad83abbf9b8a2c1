import Foundation
import Testing
@testable import SellingPartnerAPI

@Suite("Login with Amazon tokens")
struct LWATokenSourceTests {
    static let credentials = LWACredentials(clientId: "amzn1.application-oa2-client.abc", clientSecret: "sec ret+/=",
                                            refreshToken: "Atzr|IwEB/refresh+token=")
    static let endpoint = URL(string: "https://api.amazon.com/auth/o2/token")!

    @Test("the refresh token is posted form-encoded as Amazon documents it, and the request prints no secret")
    func tokenRequest() async throws {
        let clock = ManualClock(Fixture.start)
        let transport = ScriptedTransport(clock: clock, [.json(#"{"access_token":"Atza|first","token_type":"bearer","expires_in":3600}"#)])
        let tokens = LWATokenSource(credentials: Self.credentials, tokenEndpoint: Self.endpoint, transport: transport, clock: clock)
        #expect(try await tokens.accessToken().value == "Atza|first")
        let sent = try #require(transport.requests.first)
        #expect(sent.method == "POST" && sent.path == Self.endpoint.absoluteString)
        #expect(sent.headers["content-type"]?.hasPrefix("application/x-www-form-urlencoded") == true)
        let form = String(decoding: sent.body ?? Data(), as: UTF8.self)
        #expect(form == "grant_type=refresh_token&refresh_token=Atzr%7CIwEB%2Frefresh%2Btoken%3D&client_id=amzn1.application-oa2-client.abc&client_secret=sec%20ret%2B%2F%3D")
        for shown in ["\(sent)", String(reflecting: sent), "\(Self.credentials)", String(reflecting: Self.credentials)] {
            #expect(!shown.contains("sec") && !shown.contains("IwEB"))
        }
    }

    @Test("a token is kept until a minute before its hour is up, then fetched again")
    func renewal() async throws {
        let clock = ManualClock(Fixture.start)
        let transport = ScriptedTransport(clock: clock, [
            .json(#"{"access_token":"Atza|one","expires_in":3600}"#), .json(#"{"access_token":"Atza|two","expires_in":3600}"#),
        ])
        let tokens = LWATokenSource(credentials: Self.credentials, tokenEndpoint: Self.endpoint, transport: transport, clock: clock)
        #expect(try await tokens.accessToken().value == "Atza|one")
        clock.advance(seconds: 3539)
        #expect(try await tokens.accessToken().value == "Atza|one")
        clock.advance(seconds: 1)
        #expect(try await tokens.accessToken().value == "Atza|two")
        #expect(transport.requests.count == 2)
    }

    @Test("Amazon's refusal is LWA's own error in plain words, with no secret in it")
    func refused() async throws {
        let clock = ManualClock(Fixture.start)
        let echo = #"{"error":"invalid_grant","error_description":"bad refresh_token Atzr|IwEB/refresh+token="}"#
        let transport = ScriptedTransport(clock: clock, [.json(echo, status: 400)])
        let tokens = LWATokenSource(credentials: Self.credentials, tokenEndpoint: Self.endpoint, transport: transport, clock: clock)
        let error = await #expect(throws: LWAError.self) { try await tokens.accessToken() }
        let text = "\(error!)"
        #expect(text.contains("refresh token") && text.contains("invalid_grant") && !text.contains("IwEB"))
    }

    @Test("the client sends the provider's token on each attempt, and a 403 of an expired token is repeated once with a new one")
    func clientRepeatsOnce() async throws {
        let clock = ManualClock(Fixture.start)
        let expired = #"{"errors":[{"code":"Unauthorized","message":"Access to requested resource is denied.","details":"The access token you provided has expired."}]}"#
        let api = ScriptedTransport(clock: clock, [.json(expired, status: 403), .status(204)])
        let lwa = ScriptedTransport(clock: clock, [
            .json(#"{"access_token":"Atza|old","expires_in":3600}"#), .json(#"{"access_token":"Atza|new","expires_in":3600}"#),
        ])
        let tokens = LWATokenSource(credentials: Self.credentials, tokenEndpoint: Self.endpoint, transport: lwa, clock: clock)
        let client = SellingPartnerClient(transport: api, clock: clock, tokens: tokens, backoff: BackoffPolicy(seed: 7))
        let sent = try await client.execute(.createFeed, client.request("POST", "/feeds/2021-06-30/feeds")) { $0.status }
        #expect(sent == 204)
        #expect(api.requests.map { $0.headers["x-amz-access-token"] } == ["Atza|old", "Atza|new"])
        #expect(client.statistics.expiredTokenRepeats == 1)
    }
}
