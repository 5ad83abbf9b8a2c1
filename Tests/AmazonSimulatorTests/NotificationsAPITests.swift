import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// Notifications v1 as simulated Amazon answers it: grantless and seller tokens where Amazon wants each,
/// refusals as Amazon words them, the test notification on a sandbox only, answers valid against the model.
@Suite("Simulated Notifications API")
struct NotificationsAPITests {
    @Test func destinationsTakeAGrantlessTokenAndTheSubscriptionTheSellers() async throws {
        let (fixture, client, tokens) = try LoginWithAmazonTests.connected()
        let destination = try await client.createDestination(name: "merchant", sqsArn: AmazonSimulator.queueARN())
        _ = try await client.createSubscription(destinationId: destination.destinationId)
        #expect(await tokens.fetched == 1)
        #expect(await tokens.fetchedGrantless == 1)
        #expect(try fixture.simulator.lwaStatistics()["grantlessIssued"] == 1)

        // The other way round is refused: a seller's token on a grantless call, and the reverse.
        let seller = try await tokens.accessToken().value
        let grantless = try await tokens.grantless().accessToken().value
        let wrongForDestinations = try await fixture.simulator.send(HTTPRequest(
            method: "GET", path: "/notifications/v1/destinations", headers: ["x-amz-access-token": seller]))
        #expect(wrongForDestinations.status == 403 && fixture.errorCode(wrongForDestinations) == "Unauthorized")
        let wrongForSubscription = try await fixture.simulator.send(HTTPRequest(
            method: "GET", path: "/notifications/v1/subscriptions/ORDER_CHANGE", headers: ["x-amz-access-token": grantless]))
        #expect(wrongForSubscription.status == 403)
    }

    @Test func anUnknownQueueATakenArnAndASecondSubscriptionAreRefused() async throws {
        let fixture = try SimulatorFixture()
        let client = SellingPartnerClient(transport: fixture.simulator, clock: fixture.clock, backoff: BackoffPolicy(maxAttempts: 1, seed: 1))
        await #expect(throws: SPAPIError.self) {
            _ = try await client.createDestination(name: "x", sqsArn: "arn:aws:sqs:eu-west-1:000000000000:someone-elses-queue")
        }
        let destination = try await client.createDestination(name: "merchant", sqsArn: AmazonSimulator.queueARN())
        let taken = await #expect(throws: SPAPIError.self) { _ = try await client.createDestination(name: "again", sqsArn: AmazonSimulator.queueARN()) }
        guard case .rejected(let status, let errors)? = taken else { Issue.record("\(String(describing: taken))"); return }
        #expect(status == 409 && errors.first?.details == destination.destinationId)
        await #expect(throws: SPAPIError.self) { _ = try await client.getSubscription() }   // 404: none yet
        _ = try await client.createSubscription(destinationId: destination.destinationId)
        await #expect(throws: SPAPIError.self) { _ = try await client.createSubscription(destinationId: destination.destinationId) }
        await #expect(throws: SPAPIError.self) { try await client.deleteDestination(destinationId: destination.destinationId) }
    }

    @Test func theTestNotificationArrivesOnASandboxOnly() async throws {
        let fixture = try SimulatorFixture()
        let client = SellingPartnerClient(transport: fixture.simulator, clock: fixture.clock, backoff: BackoffPolicy(maxAttempts: 1, seed: 1))
        let destination = try await client.createDestination(name: "merchant", sqsArn: AmazonSimulator.queueARN())
        try await client.sendTestNotification(destinationId: destination.destinationId)
        let message = try #require(try await SQSCaller(transport: fixture.simulator).receive(wait: 20).first)
        let notification = try OrderChangeNotification.decode(message.body).get()
        #expect(notification.payload.orderChangeNotification.orderChangeTrigger.changeReason == "Test Notification")
        try fixture.simulator.setSandbox(false)
        await #expect(throws: SPAPIError.self) { try await client.sendTestNotification(destinationId: destination.destinationId) }
    }

    @Test(.enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func answersValidateAgainstTheOfficialModel() async throws {
        let checker = try #require(ModelSchemaChecker(model: "notifications.json"))
        let fixture = try SimulatorFixture()
        let created = try await fixture.send("POST", "/notifications/v1/destinations",
                                             json: #"{"name":"merchant","resourceSpecification":{"sqs":{"arn":"\#(AmazonSimulator.queueARN())"}}}"#)
        #expect(created.status == 200)
        #expect(try checker.violations(of: created.body, against: "CreateDestinationResponse") == [])
        let id = try JSONDecoder().decode(NotificationsPayload<Destination>.self, from: created.body).payload!.destinationId
        let subscribed = try await fixture.send("POST", "/notifications/v1/subscriptions/ORDER_CHANGE", json: #"{"payloadVersion":"1.0","destinationId":"\#(id)"}"#)
        #expect(try checker.violations(of: subscribed.body, against: "CreateSubscriptionResponse") == [])
        #expect(try checker.violations(of: try await fixture.get("/notifications/v1/subscriptions/ORDER_CHANGE").body, against: "GetSubscriptionResponse") == [])
        #expect(try checker.violations(of: try await fixture.get("/notifications/v1/destinations").body, against: "GetDestinationsResponse") == [])
    }

    /// A buyer asks to cancel: the item carries `cancellation.cancellationRequest` when CANCELLATION is asked for,
    /// and ORDER_CHANGE says BuyerRequestedChange with the item's IsBuyerRequestedCancel.
    @Test func aBuyersCancelRequestShowsOnTheOrderAndInTheNotification() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.setFaults(try FaultProfile.parse("notify-duplicate=0"))
        let (client, _) = try await NotificationsFlowTests.subscribed(fixture)
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let sqs = SQSCaller(transport: fixture.simulator)
        _ = try await sqs.drain()
        #expect(try await client.getOrder(orderId: id).buyerRequestedCancel == false)
        try fixture.simulator.requestCancel(orderId: id)
        let notifications = try NotificationsFlowTests.notifications(try await sqs.drain())
        let change = try #require(notifications.first?.payload.orderChangeNotification)
        #expect(notifications.count == 1 && change.amazonOrderId == id)
        #expect(change.orderChangeType == .buyerRequestedChange)
        #expect(change.summary.orderItems.allSatisfy { $0.isBuyerRequestedCancel == true })
        let order = try await client.getOrder(orderId: id)   // the client asks for CANCELLATION by default
        #expect(order.buyerRequestedCancel)
        #expect(order.orderItems.first?.cancellation?.cancellationRequest?.requester == "BUYER")
        #expect(try await client.getOrder(orderId: id, includedData: [.fulfillment]).orderItems.first?.cancellation == nil)
        if let checker = ModelSchemaChecker(model: "orders_2026-01-01.json") {
            let answer = try await fixture.get("/orders/2026-01-01/orders/\(id)", [("includedData", "FULFILLMENT,CANCELLATION")])
            #expect(try checker.violations(of: answer.body, against: "GetOrderResponse") == [])
        }
        #expect(throws: SimulatorError.notCancellable(id, status: "UNSHIPPED")) { try fixture.simulator.requestCancel(orderId: id) }
    }

    @Test func nowAndThenABuyerAsksToCancelInTheSimulatedTrade() async throws {
        let fixture = try SimulatorFixture()
        var mix = OrderMix.demo
        mix.buyerCancelRequests = 0.5
        try fixture.simulator.advance(minutes: 600, seed: 12, mix: mix)
        let orders = try await fixture.searchAll(included: "FULFILLMENT,CANCELLATION")
        let asking = orders.filter(\.buyerRequestedCancel)
        #expect(!asking.isEmpty)
        #expect(asking.allSatisfy { $0.fulfillment?.fulfilledBy == "MERCHANT" })
        #expect(OrderMix.demo.buyerCancelRequests > 0 && OrderMix.demo.buyerCancelRequests < 0.1)
    }
}
