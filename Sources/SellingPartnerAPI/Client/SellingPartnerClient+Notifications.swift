import Foundation

// Notifications v1: an SQS destination and an ORDER_CHANGE subscription to it (1 request per second, burst 5 each).
// Destinations and the test notification are grantless: their token comes from `grantlessTokens`.
extension SellingPartnerClient {
    static let notificationsBase = "/notifications/v1"

    /// Registers the merchant's SQS queue as a destination (grantless).
    public func createDestination(name: String, sqsArn: String) async throws -> Destination {
        let body = CreateDestinationRequest(resourceSpecification: DestinationResourceSpecification(sqs: SqsResource(arn: sqsArn)), name: name)
        let request = try request("POST", "\(Self.notificationsBase)/destinations", json: body)
        return try await execute(.createDestination, request, decode: payload(Destination.self))
    }

    /// Every destination of this application (grantless).
    public func getDestinations() async throws -> [Destination] {
        try await execute(.getDestinations, request("GET", "\(Self.notificationsBase)/destinations"), decode: payload([Destination].self))
    }

    /// Removes a destination (grantless).
    public func deleteDestination(destinationId: String) async throws {
        let request = request("DELETE", "\(Self.notificationsBase)/destinations/\(PercentEncoding.component(destinationId))")
        try await execute(.deleteDestination, request) { _ in () }
    }

    /// Subscribes the seller to `type` (ORDER_CHANGE, payload version 1.0), delivered to `destinationId`.
    public func createSubscription(_ type: NotificationType = .orderChange, destinationId: String,
                                   payloadVersion: String = "1.0") async throws -> Subscription {
        let body = CreateSubscriptionRequest(payloadVersion: payloadVersion, destinationId: destinationId)
        let request = try request("POST", "\(Self.notificationsBase)/subscriptions/\(type.rawValue)", json: body)
        return try await execute(.createSubscription, request, decode: payload(Subscription.self))
    }

    /// The seller's subscription to `type`; Amazon answers 404 when there is none.
    public func getSubscription(_ type: NotificationType = .orderChange, payloadVersion: String? = "1.0") async throws -> Subscription {
        let query = payloadVersion.map { [("payloadVersion", $0)] } ?? []
        let request = request("GET", "\(Self.notificationsBase)/subscriptions/\(type.rawValue)", query: query)
        return try await execute(.getSubscription, request, decode: payload(Subscription.self))
    }

    /// Ends a subscription (grantless).
    public func deleteSubscriptionById(_ type: NotificationType = .orderChange, subscriptionId: String) async throws {
        let path = "\(Self.notificationsBase)/subscriptions/\(type.rawValue)/\(PercentEncoding.component(subscriptionId))"
        try await execute(.deleteSubscriptionById, request("DELETE", path)) { _ in () }
    }

    /// Asks Amazon to put a test notification in the destination's queue (grantless; sandbox endpoints only).
    public func sendTestNotification(_ type: NotificationType = .orderChange, destinationId: String) async throws {
        let body = SendTestNotificationRequest(destinationId: destinationId)
        let request = try request("POST", "\(Self.notificationsBase)/subscriptions/\(type.rawValue)/testNotification", json: body)
        try await execute(.sendTestNotification, request) { _ in () }
    }

    /// Decodes `{"payload": ...}`; an answer without its payload is malformed.
    func payload<T: Codable & Sendable & Equatable>(_ type: T.Type) -> (HTTPResponse) throws -> T {
        { response in
            let answer = try JSONDecoder().decode(NotificationsPayload<T>.self, from: response.body)
            guard let payload = answer.payload else {
                throw DecodingError.valueNotFound(T.self, DecodingError.Context(codingPath: [], debugDescription: "no payload"))
            }
            return payload
        }
    }
}
