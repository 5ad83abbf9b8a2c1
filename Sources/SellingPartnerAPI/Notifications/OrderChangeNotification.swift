import Foundation

/// An `ORDER_CHANGE` notification as it arrives in the SQS message body
/// (`notifications/OrderChangeNotification.json`). It only says "look at this order": the order itself
/// is read with `getOrder`. Decoded strictly (`OrderChangeNotification.decode`): every field the schema
/// requires, `NotificationType` ORDER_CHANGE, and the schema's enumerated values.
///
///     switch OrderChangeNotification.decode(message.body) {
///     case .success(let notification): fetch(notification.payload.orderChangeNotification.amazonOrderId)
///     case .failure(let failure): keepAside(message, because: failure.reason)
///     }
public struct OrderChangeNotification: Codable, Sendable, Equatable {
    public var notificationVersion: String
    public var notificationType: String
    public var payloadVersion: String
    public var eventTime: String
    public var payload: Payload
    public var notificationMetadata: Metadata

    public init(notificationVersion: String = "1.0", payloadVersion: String = "1.0", eventTime: String,
                payload: Payload, notificationMetadata: Metadata) {
        self.notificationVersion = notificationVersion
        notificationType = NotificationType.orderChange.rawValue
        self.payloadVersion = payloadVersion
        self.eventTime = eventTime
        self.payload = payload
        self.notificationMetadata = notificationMetadata
    }

    enum CodingKeys: String, CodingKey {
        case notificationVersion = "NotificationVersion", notificationType = "NotificationType", payloadVersion = "PayloadVersion"
        case eventTime = "EventTime", payload = "Payload", notificationMetadata = "NotificationMetadata"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        notificationType = try c.decode(String.self, forKey: .notificationType)
        guard notificationType == NotificationType.orderChange.rawValue else {
            throw DecodingError.dataCorruptedError(forKey: .notificationType, in: c,
                                                   debugDescription: "it is a \(notificationType) notification, not ORDER_CHANGE")
        }
        notificationVersion = try c.decode(String.self, forKey: .notificationVersion)
        payloadVersion = try c.decode(String.self, forKey: .payloadVersion)
        eventTime = try c.decode(String.self, forKey: .eventTime)
        payload = try c.decode(Payload.self, forKey: .payload)
        notificationMetadata = try c.decode(Metadata.self, forKey: .notificationMetadata)
    }

    /// The order the notification points at.
    public var amazonOrderId: String { payload.orderChangeNotification.amazonOrderId }
    /// Amazon's id of this notification: the same id twice is one notification delivered twice.
    public var notificationId: String { notificationMetadata.notificationId }

    /// `Payload` holds the change itself.
    public struct Payload: Codable, Sendable, Equatable {
        public var orderChangeNotification: Change
        public init(orderChangeNotification: Change) { self.orderChangeNotification = orderChangeNotification }
        enum CodingKeys: String, CodingKey { case orderChangeNotification = "OrderChangeNotification" }
    }

    /// Who sent it, to which subscription, when, under which id.
    public struct Metadata: Codable, Sendable, Equatable {
        public var applicationId: String
        public var subscriptionId: String
        public var publishTime: String
        public var notificationId: String
        public init(applicationId: String, subscriptionId: String, publishTime: String, notificationId: String) {
            self.applicationId = applicationId
            self.subscriptionId = subscriptionId
            self.publishTime = publishTime
            self.notificationId = notificationId
        }
        enum CodingKeys: String, CodingKey {
            case applicationId = "ApplicationId", subscriptionId = "SubscriptionId", publishTime = "PublishTime"
            case notificationId = "NotificationId"
        }
    }

    /// `Payload.OrderChangeNotification`: which order changed, how, and a summary of it.
    public struct Change: Codable, Sendable, Equatable {
        public var notificationLevel: NotificationLevel
        public var sellerId: String
        public var amazonOrderId: String
        public var orderChangeType: OrderChangeType
        public var orderChangeTrigger: Trigger
        public var summary: OrderChangeSummary

        public init(notificationLevel: NotificationLevel = .orderLevel, sellerId: String, amazonOrderId: String,
                    orderChangeType: OrderChangeType, orderChangeTrigger: Trigger, summary: OrderChangeSummary) {
            self.notificationLevel = notificationLevel
            self.sellerId = sellerId
            self.amazonOrderId = amazonOrderId
            self.orderChangeType = orderChangeType
            self.orderChangeTrigger = orderChangeTrigger
            self.summary = summary
        }
        enum CodingKeys: String, CodingKey {
            case notificationLevel = "NotificationLevel", sellerId = "SellerId", amazonOrderId = "AmazonOrderId"
            case orderChangeType = "OrderChangeType", orderChangeTrigger = "OrderChangeTrigger", summary = "Summary"
        }
    }

    /// What caused the change, and when (the time may be null).
    public struct Trigger: Codable, Sendable, Equatable {
        @RequiredNullable public var timeOfOrderChange: String?
        public var changeReason: String
        public init(timeOfOrderChange: String?, changeReason: String) {
            self.timeOfOrderChange = timeOfOrderChange
            self.changeReason = changeReason
        }
        enum CodingKeys: String, CodingKey { case timeOfOrderChange = "TimeOfOrderChange", changeReason = "ChangeReason" }
    }

    /// Whether the notification speaks of the whole order or of one item.
    public enum NotificationLevel: String, Codable, Sendable { case orderLevel = "OrderLevel", orderItemLevel = "OrderItemLevel" }

    /// Why the notification was sent. `buyerRequestedChange` with an item's `IsBuyerRequestedCancel`: the buyer asks to cancel.
    public enum OrderChangeType: String, Codable, Sendable, CaseIterable {
        case orderStatusChange = "OrderStatusChange", buyerRequestedChange = "BuyerRequestedChange", deliveryTipChange = "DeliveryTipChange"
    }
}

/// An order field the schema requires but allows to be null: it must be present, and is written as `null` when empty.
@propertyWrapper
public struct RequiredNullable<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var wrappedValue: Value?
    public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }
    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        wrappedValue = c.decodeNil() ? nil : try c.decode(Value.self)
    }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        if let wrappedValue { try c.encode(wrappedValue) } else { try c.encodeNil() }
    }
}
