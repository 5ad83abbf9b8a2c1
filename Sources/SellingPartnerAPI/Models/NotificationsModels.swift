import Foundation

// Notifications v1 (`notifications.json`): destinations (where Amazon sends) and subscriptions (what it sends).

/// Where notifications go: an SQS queue by its ARN (`arn:aws:sqs:REGION:ACCOUNT:QUEUE`).
public struct SqsResource: Codable, Sendable, Equatable {
    public var arn: String
    public init(arn: String) { self.arn = arn }
}

/// The resource of `createDestination`'s request; only SQS is spoken here (EventBridge is not).
public struct DestinationResourceSpecification: Codable, Sendable, Equatable {
    public var sqs: SqsResource?
    public init(sqs: SqsResource?) { self.sqs = sqs }
}

/// The body of `createDestination`.
public struct CreateDestinationRequest: Codable, Sendable, Equatable {
    public var resourceSpecification: DestinationResourceSpecification
    public var name: String
    public init(resourceSpecification: DestinationResourceSpecification, name: String) {
        self.resourceSpecification = resourceSpecification
        self.name = name
    }
}

/// The resource a destination delivers to: the same shape as the request's specification while only SQS is spoken.
public typealias DestinationResource = DestinationResourceSpecification

/// A destination Amazon knows: its id, the developer's name for it, and its queue.
public struct Destination: Codable, Sendable, Equatable {
    public var destinationId: String
    public var name: String
    public var resource: DestinationResource
    public init(destinationId: String, name: String, resource: DestinationResource) {
        self.destinationId = destinationId
        self.name = name
        self.resource = resource
    }
}

/// A subscription's optional filter; kept as Amazon sends it, not interpreted.
public struct ProcessingDirective: Codable, Sendable, Equatable {
    public var eventFilter: EventFilter?
    public init(eventFilter: EventFilter? = nil) { self.eventFilter = eventFilter }

    public struct EventFilter: Codable, Sendable, Equatable {
        public var eventFilterType: String?
        public var marketplaceIds: [String]?
        public init(eventFilterType: String? = nil, marketplaceIds: [String]? = nil) {
            self.eventFilterType = eventFilterType
            self.marketplaceIds = marketplaceIds
        }
    }
}

/// The body of `createSubscription`: `payloadVersion` "1.0" for ORDER_CHANGE, and the destination.
public struct CreateSubscriptionRequest: Codable, Sendable, Equatable {
    public var payloadVersion: String
    public var destinationId: String
    public var processingDirective: ProcessingDirective?
    public init(payloadVersion: String = "1.0", destinationId: String, processingDirective: ProcessingDirective? = nil) {
        self.payloadVersion = payloadVersion
        self.destinationId = destinationId
        self.processingDirective = processingDirective
    }
}

/// A subscription of one notification type to one destination.
public struct Subscription: Codable, Sendable, Equatable {
    public var subscriptionId: String
    public var payloadVersion: String
    public var destinationId: String
    public var processingDirective: ProcessingDirective?
    public init(subscriptionId: String, payloadVersion: String, destinationId: String, processingDirective: ProcessingDirective? = nil) {
        self.subscriptionId = subscriptionId
        self.payloadVersion = payloadVersion
        self.destinationId = destinationId
        self.processingDirective = processingDirective
    }
}

/// The body of `sendTestNotification` (sandbox endpoints only).
public struct SendTestNotificationRequest: Codable, Sendable, Equatable {
    public var destinationId: String?
    public var testNotification: TestNotification?
    public init(destinationId: String?, testNotification: TestNotification? = TestNotification()) {
        self.destinationId = destinationId
        self.testNotification = testNotification
    }

    public struct TestNotification: Codable, Sendable, Equatable {
        public var payloadVersion: String
        public var testScenario: String?
        public init(payloadVersion: String = "1.0", testScenario: String? = nil) {
            self.payloadVersion = payloadVersion
            self.testScenario = testScenario
        }
    }
}

/// Notifications' answers wrap their result in `payload` (absent for deletes), beside `errors`.
public struct NotificationsPayload<Payload: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var payload: Payload?
    public var errors: [SPAPIErrorItem]?
    public init(payload: Payload?, errors: [SPAPIErrorItem]? = nil) {
        self.payload = payload
        self.errors = errors
    }
}

/// The notification types this application subscribes to.
public enum NotificationType: String, Sendable, CaseIterable {
    case orderChange = "ORDER_CHANGE"
}
