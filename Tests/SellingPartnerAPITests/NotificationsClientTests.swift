import Foundation
import Testing
@testable import SellingPartnerAPI

/// Notifications v1 as the client sends it: real field names, grantless calls on a token of their own, 1/s burst 5.
@Suite("Notifications client")
struct NotificationsClientTests {
    static let arn = "arn:aws:sqs:eu-west-1:123456789012:merchant-order-changes"
    static let destination = #"{"payload":{"destinationId":"d-1","name":"merchant","resource":{"sqs":{"arn":"\#(arn)"}}}}"#

    @Test func createDestinationSendsTheQueueArnAndReadsTheDestination() async throws {
        let (client, transport, _) = makeClient([.json(Self.destination)])
        let made = try await client.createDestination(name: "merchant", sqsArn: Self.arn)
        #expect(made == Destination(destinationId: "d-1", name: "merchant", resource: DestinationResource(sqs: SqsResource(arn: Self.arn))))
        let sent = try #require(transport.requests.first)
        #expect(sent.method == "POST" && sent.path == "/notifications/v1/destinations")
        let body = try #require(JSONSerialization.jsonObject(with: sent.body ?? Data()) as? [String: Any])
        #expect(body["name"] as? String == "merchant")
        #expect(((body["resourceSpecification"] as? [String: Any])?["sqs"] as? [String: Any])?["arn"] as? String == Self.arn)
    }

    @Test func createSubscriptionAsksForOrderChangeAtPayloadVersionOne() async throws {
        let (client, transport, _) = makeClient([.json(#"{"payload":{"subscriptionId":"s-1","payloadVersion":"1.0","destinationId":"d-1"}}"#)])
        let subscription = try await client.createSubscription(destinationId: "d-1")
        #expect(subscription.subscriptionId == "s-1")
        let sent = try #require(transport.requests.first)
        #expect(sent.path == "/notifications/v1/subscriptions/ORDER_CHANGE")
        let body = try #require(JSONSerialization.jsonObject(with: sent.body ?? Data()) as? [String: String])
        #expect(body == ["payloadVersion": "1.0", "destinationId": "d-1"])
    }

    @Test func anAnswerWithoutItsPayloadIsMalformed() async throws {
        let (client, _, _) = makeClient([.json(#"{"errors":[]}"#)], backoff: BackoffPolicy(malformedRetries: 0, seed: 1))
        await #expect(throws: SPAPIError.self) { _ = try await client.createDestination(name: "x", sqsArn: Self.arn) }
    }

    @Test(.enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"))
    func theOfficialExamplesDecode() throws {
        let spec = try #require(try SpecFiles.json("notifications.json") as? [String: Any])
        let paths = try #require(spec["paths"] as? [String: Any])
        func example(_ path: String, _ method: String) throws -> Data {
            let operation = try #require((paths[path] as? [String: Any])?[method] as? [String: Any])
            let ok = try #require((operation["responses"] as? [String: Any])?["200"] as? [String: Any])
            let body = try #require((ok["examples"] as? [String: Any])?.values.first)
            return try JSONSerialization.data(withJSONObject: body)
        }
        let destination = try JSONDecoder().decode(NotificationsPayload<Destination>.self, from: example("/notifications/v1/destinations", "post"))
        #expect(destination.payload?.resource.sqs?.arn.hasPrefix("arn:aws:sqs:") == true)
        let subscription = try JSONDecoder().decode(NotificationsPayload<Subscription>.self,
                                                    from: example("/notifications/v1/subscriptions/{notificationType}", "get"))
        #expect(subscription.payload?.payloadVersion == "1.0")
    }

    @Test func everyNotificationsCallIsOnePerSecondBurstFive() async throws {
        for operation in [SPAPIOperation.createDestination, .getDestinations, .deleteDestination, .createSubscription, .getSubscription,
                          .deleteSubscriptionById, .sendTestNotification] {
            #expect(RateLimitPolicy.documented.limits[operation] == RateLimit(rate: 1, burst: 5), "\(operation)")
        }
        let (client, _, clock) = makeClient([.json(#"{"payload":[]}"#)])
        for _ in 1...5 { _ = try await client.getDestinations() }
        #expect(clock.totalSlept == 0)
        _ = try await client.getDestinations()
        #expect(abs(clock.totalSlept - 1) < 1e-6)
    }

    /// Grantless calls carry a client-credentials token, the subscription the seller's; each is fetched once and
    /// kept apart, and neither the secret nor a token shows when the client is printed.
    @Test func grantlessCallsUseAClientCredentialsTokenKeptApartFromTheSellers() async throws {
        let clock = ManualClock(Fixture.start)
        let lwa = ScriptedTransport(clock: clock, [
            .json(#"{"access_token":"Atza|grantless-1","expires_in":3600}"#), .json(#"{"access_token":"Atza|seller-1","expires_in":3600}"#),
        ])
        let tokens = LWATokenSource(credentials: LWATokenSourceTests.credentials, tokenEndpoint: LWATokenSourceTests.endpoint, transport: lwa, clock: clock)
        let api = ScriptedTransport(clock: clock, [
            .json(Self.destination), .json(#"{"payload":{"subscriptionId":"s-1","payloadVersion":"1.0","destinationId":"d-1"}}"#),
            .json(#"{"payload":[]}"#),
        ])
        let client = SellingPartnerClient(transport: api, clock: clock, tokens: tokens)
        _ = try await client.createDestination(name: "merchant", sqsArn: Self.arn)
        _ = try await client.createSubscription(destinationId: "d-1")
        _ = try await client.getDestinations()
        #expect(api.requests.map { $0.headers["x-amz-access-token"] } == ["Atza|grantless-1", "Atza|seller-1", "Atza|grantless-1"])
        let forms = lwa.requests.map { String(decoding: $0.body ?? Data(), as: UTF8.self) }
        #expect(forms.first?.hasPrefix("grant_type=client_credentials&scope=sellingpartnerapi%3A%3Anotifications&client_id=") == true)
        #expect(forms.last?.hasPrefix("grant_type=refresh_token&") == true)
        #expect(await tokens.fetched == 1)
        #expect(await tokens.fetchedGrantless == 1)
        for shown in ["\(client)", String(reflecting: client)] {
            #expect(!shown.contains("Atza|") && !shown.contains("sec ret"))
        }
    }
}
