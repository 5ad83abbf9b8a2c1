import Foundation
import Testing
@testable import SellingPartnerAPI

/// The SQS message body of ORDER_CHANGE: the schema's own example decodes, a broken message is refused with a
/// short plain reason (the listener keeps it aside), and what we encode reads back the same.
@Suite("ORDER_CHANGE notification")
struct OrderChangeNotificationTests {
    /// The schema's top-level example, as JSON text (nil when shared/spapi is absent).
    static func schemaExample() throws -> [String: Any]? {
        guard let schema = try SpecFiles.json("notifications/OrderChangeNotification.json") as? [String: Any] else { return nil }
        return (schema["examples"] as? [Any])?.first as? [String: Any]
    }

    static func text(_ object: Any) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
    }

    @Test(.enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"))
    func theSchemasExampleDecodes() throws {
        let example = try #require(try Self.schemaExample())
        let notification = try OrderChangeNotification.decode(try Self.text(example)).get()
        #expect(notification.amazonOrderId == "903-8868176-2219830")
        #expect(notification.notificationId == "d0e9e693-c3ad-4373-979f-ed4ec98dd746")
        let change = notification.payload.orderChangeNotification
        #expect(change.orderChangeType == .buyerRequestedChange)
        #expect(change.summary.orderStatus == .unshipped)
        #expect(change.summary.orderItems.first?.isBuyerRequestedCancel == true)
        #expect(change.summary.buyerRequestedCancel)
        // Encoded again it decodes to the same value, required-but-null fields written as null.
        let again = try OrderChangeNotification.decode(try notification.body()).get()
        #expect(again == notification)
    }

    /// A message that breaks the schema in one place: refused, with a reason naming that place in plain words.
    @Test(.enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"),
          arguments: [
            ("NotificationMetadata.NotificationId", "remove", "the message has no NotificationMetadata.NotificationId"),
            ("NotificationType", "TRANSACTION_UPDATE", "it is a TRANSACTION_UPDATE notification, not ORDER_CHANGE"),
            ("Payload.OrderChangeNotification.OrderChangeType", "SomethingElse", "Payload.OrderChangeNotification.OrderChangeType has a value Amazon does not define"),
            ("Payload.OrderChangeNotification.AmazonOrderId", "remove", "the message has no Payload.OrderChangeNotification.AmazonOrderId"),
            ("Payload.OrderChangeNotification.Summary.OrderStatus", "Lost", "Payload.OrderChangeNotification.Summary.OrderStatus has a value Amazon does not define"),
            ("Payload.OrderChangeNotification.Summary.PurchaseDate", "remove", "the message has no Payload.OrderChangeNotification.Summary.PurchaseDate"),
          ])
    func aBrokenMessageIsRefusedWithAReason(field: String, change: String, reason: String) throws {
        var example = try #require(try Self.schemaExample())
        example = Self.set(example, path: field.split(separator: ".").map(String.init), to: change == "remove" ? nil : change)
        guard case .failure(let failure) = OrderChangeNotification.decode(try Self.text(example)) else {
            Issue.record("a message with \(field) = \(change) was accepted")
            return
        }
        #expect(failure.reason == reason)
        #expect(failure.body.contains("OrderChangeNotification"))
    }

    @Test func notJSONAtAllIsRefused() {
        guard case .failure(let failure) = OrderChangeNotification.decode("<html>502</html>") else { Issue.record("accepted"); return }
        #expect(failure.reason == "the message is not JSON")
        #expect(failure.body == "<html>502</html>")
    }

    @Test func anItemWithoutItsSupplySourceIdIsRefusedButANullOneIsRead() throws {
        let item = OrderChangeSummary.Item(orderItemId: "1", sellerSKU: "MUG", supplySourceId: nil, quantity: 1)
        let notification = OrderChangeNotification(
            eventTime: "2026-12-01T10:00:00Z",
            payload: .init(orderChangeNotification: .init(
                sellerId: "A2DEMOSELLER01", amazonOrderId: "302-1234567-1234567", orderChangeType: .orderStatusChange,
                orderChangeTrigger: .init(timeOfOrderChange: nil, changeReason: "Order Status Changed"),
                summary: OrderChangeSummary(marketplaceId: "A1PA6795UKMFR9", orderStatus: .unshipped, purchaseDate: nil,
                                            destinationPostalCode: nil, fulfillmentType: .mfn, orderItems: [item]))),
            notificationMetadata: .init(applicationId: "app", subscriptionId: "sub", publishTime: "2026-12-01T10:00:01Z", notificationId: "n-1"))
        let body = try notification.body()
        #expect(body.contains(#""SupplySourceId":null"#) && body.contains(#""TimeOfOrderChange":null"#))
        #expect(try OrderChangeNotification.decode(body).get() == notification)
        let without = body.replacingOccurrences(of: #","SupplySourceId":null"#, with: "")
        #expect(without != body)
        guard case .failure(let failure) = OrderChangeNotification.decode(without) else { Issue.record("accepted"); return }
        #expect(failure.reason == "the message has no Payload.OrderChangeNotification.Summary.OrderItems[0].SupplySourceId")
    }

    /// `object` with the value at `path` replaced (nil removes it).
    static func set(_ object: [String: Any], path: [String], to value: Any?) -> [String: Any] {
        var object = object
        guard let first = path.first else { return object }
        if path.count == 1 {
            object[first] = value
        } else if let child = object[first] as? [String: Any] {
            object[first] = set(child, path: Array(path.dropFirst()), to: value)
        }
        return object
    }
}
