import Foundation

/// A `POST_ORDER_ACKNOWLEDGEMENT_DATA` feed: "we have this order" (Success) or "cancel it" (Failure).
///
///     let feed = OrderAcknowledgementFeed(merchantIdentifier: "A2DEMOSELLER01", messages: [
///         .init(messageId: 1, amazonOrderId: "302-1234567-1234567", merchantOrderId: "1001", statusCode: .success)])
///     let xml = feed.xml()
public struct OrderAcknowledgementFeed: Sendable, Equatable {
    public var merchantIdentifier: String
    public var messages: [Message]

    public init(merchantIdentifier: String, messages: [Message]) {
        self.merchantIdentifier = merchantIdentifier
        self.messages = messages
    }

    /// One order's acknowledgement.
    public struct Message: Sendable, Equatable {
        public var messageId: Int
        public var amazonOrderId: String
        public var merchantOrderId: String?
        public var statusCode: StatusCode
        public var items: [Item]

        public init(messageId: Int, amazonOrderId: String, merchantOrderId: String? = nil, statusCode: StatusCode, items: [Item] = []) {
            self.messageId = messageId
            self.amazonOrderId = amazonOrderId
            self.merchantOrderId = merchantOrderId
            self.statusCode = statusCode
            self.items = items
        }
    }

    /// Success keeps the order; Failure cancels it.
    public enum StatusCode: String, Sendable {
        case success = "Success", failure = "Failure"
    }

    /// An item of the order, with the reason when it is cancelled.
    public struct Item: Sendable, Equatable {
        public var amazonOrderItemCode: String
        public var merchantOrderItemId: String?
        public var cancelReason: String?

        public init(amazonOrderItemCode: String, merchantOrderItemId: String? = nil, cancelReason: String? = nil) {
            self.amazonOrderItemCode = amazonOrderItemCode
            self.merchantOrderItemId = merchantOrderItemId
            self.cancelReason = cancelReason
        }
    }

    public func xml() -> String {
        AmazonEnvelope.build(messageType: "OrderAcknowledgement", merchantIdentifier: merchantIdentifier, messages: messages.map { message in
            (message.messageId, XMLNode("OrderAcknowledgement", children:
                XMLNode.leaf("AmazonOrderID", message.amazonOrderId)
                + XMLNode.leaf("MerchantOrderID", message.merchantOrderId)
                + XMLNode.leaf("StatusCode", message.statusCode.rawValue)
                + message.items.map { item in
                    XMLNode("Item", children: XMLNode.leaf("AmazonOrderItemCode", item.amazonOrderItemCode)
                        + XMLNode.leaf("MerchantOrderItemID", item.merchantOrderItemId)
                        + XMLNode.leaf("CancelReason", item.cancelReason))
                }))
        })
    }

    public static func parse(_ data: Data) throws(FeedDocumentError) -> OrderAcknowledgementFeed {
        let (merchant, bodies) = try AmazonEnvelope.parse(data, messageType: "OrderAcknowledgement")
        var messages: [Message] = []
        for (id, body) in bodies {
            let code = try body.required("StatusCode")
            guard let status = StatusCode(rawValue: code) else { throw .unexpected(code, expected: "Success or Failure") }
            var items: [Item] = []
            for item in body.all("Item") {
                items.append(Item(amazonOrderItemCode: try item.required("AmazonOrderItemCode"),
                                  merchantOrderItemId: item.value("MerchantOrderItemID"), cancelReason: item.value("CancelReason")))
            }
            messages.append(Message(messageId: id, amazonOrderId: try body.required("AmazonOrderID"),
                                    merchantOrderId: body.value("MerchantOrderID"), statusCode: status, items: items))
        }
        return OrderAcknowledgementFeed(merchantIdentifier: merchant, messages: messages)
    }
}
