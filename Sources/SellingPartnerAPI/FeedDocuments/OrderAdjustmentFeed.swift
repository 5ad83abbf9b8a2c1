import Foundation

/// A `POST_PAYMENT_ADJUSTMENT_DATA` feed: refunds, per item, in Principal/Tax/Shipping components.
/// Amazon does not de-duplicate these: a resubmitted adjustment is a second refund.
public struct OrderAdjustmentFeed: Sendable, Equatable {
    public var merchantIdentifier: String
    public var messages: [Message]

    public init(merchantIdentifier: String, messages: [Message]) {
        self.merchantIdentifier = merchantIdentifier
        self.messages = messages
    }

    /// One order's adjustment.
    public struct Message: Sendable, Equatable {
        public var messageId: Int
        public var amazonOrderId: String
        public var actionType: String
        public var items: [Item]

        public init(messageId: Int, amazonOrderId: String, actionType: String = "Refund", items: [Item]) {
            self.messageId = messageId
            self.amazonOrderId = amazonOrderId
            self.actionType = actionType
            self.items = items
        }
    }

    /// An adjusted item and why.
    public struct Item: Sendable, Equatable {
        public var amazonOrderItemCode: String
        public var adjustmentReason: String
        public var components: [Component]

        public init(amazonOrderItemCode: String, adjustmentReason: String, components: [Component]) {
            self.amazonOrderItemCode = amazonOrderItemCode
            self.adjustmentReason = adjustmentReason
            self.components = components
        }
    }

    /// One part of a price adjustment: its type (Principal, Tax, Shipping), amount text ("10.00") and currency.
    public struct Component: Sendable, Equatable {
        public var type: String
        public var amount: String
        public var currency: String

        public init(type: String, amount: String, currency: String) {
            self.type = type
            self.amount = amount
            self.currency = currency
        }
    }

    public func xml() -> String {
        AmazonEnvelope.build(messageType: "OrderAdjustment", merchantIdentifier: merchantIdentifier, messages: messages.map { message in
            (message.messageId, XMLNode("OrderAdjustment", children:
                XMLNode.leaf("AmazonOrderID", message.amazonOrderId)
                + XMLNode.leaf("ActionType", message.actionType)
                + message.items.map { item in
                    XMLNode("AdjustedItem", children: XMLNode.leaf("AmazonOrderItemCode", item.amazonOrderItemCode)
                        + XMLNode.leaf("AdjustmentReason", item.adjustmentReason)
                        + [XMLNode("ItemPriceAdjustments", children: item.components.map { component in
                            XMLNode("Component", children: XMLNode.leaf("Type", component.type)
                                + XMLNode.leaf("Amount", component.amount, attributes: [("currency", component.currency)]))
                        })])
                }))
        })
    }

    public static func parse(_ data: Data) throws(FeedDocumentError) -> OrderAdjustmentFeed {
        let (merchant, bodies) = try AmazonEnvelope.parse(data, messageType: "OrderAdjustment")
        var messages: [Message] = []
        for (id, body) in bodies {
            var items: [Item] = []
            for item in body.all("AdjustedItem") {
                var components: [Component] = []
                for component in item.child("ItemPriceAdjustments")?.all("Component") ?? [] {
                    guard let amount = component.child("Amount") else { throw .missingElement("Amount", in: "Component") }
                    guard let currency = amount.attribute("currency") else { throw .missingElement("currency", in: "Amount") }
                    components.append(Component(type: try component.required("Type"),
                                                amount: amount.text.trimmingCharacters(in: .whitespacesAndNewlines), currency: currency))
                }
                items.append(Item(amazonOrderItemCode: try item.required("AmazonOrderItemCode"),
                                  adjustmentReason: try item.required("AdjustmentReason"), components: components))
            }
            messages.append(Message(messageId: id, amazonOrderId: try body.required("AmazonOrderID"),
                                    actionType: try body.required("ActionType"), items: items))
        }
        return OrderAdjustmentFeed(merchantIdentifier: merchant, messages: messages)
    }
}
