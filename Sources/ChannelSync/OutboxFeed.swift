import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Which outbox messages travel in one kind of feed, and how they are written; each message's
/// outbox id is its feed MessageID, so the processing report's results find their message.
struct OutboxFeed: Sendable {
    let type: FeedType
    let kinds: [OutboxKind]
    let document: @Sendable ([OutboxMessage], _ sellerId: String) throws -> String

    /// Acknowledgements (R6) and cancellations (R17: an acknowledgement with status Failure).
    static let acknowledgements = OutboxFeed(type: .orderAcknowledgement, kinds: [.acknowledgement, .cancellation]) { batch, sellerId in
        OrderAcknowledgementFeed(merchantIdentifier: sellerId, messages: try batch.map(acknowledgement)).xml()
    }

    /// Refunds (R20): one `OrderAdjustment` per refund, its amount split over the order's items.
    static let refunds = OutboxFeed(type: .paymentAdjustment, kinds: [.refund]) { batch, sellerId in
        OrderAdjustmentFeed(merchantIdentifier: sellerId, messages: try batch.map(adjustment)).xml()
    }

    static func acknowledgement(_ m: OutboxMessage) throws -> OrderAcknowledgementFeed.Message {
        switch m.kind {
        case .cancellation:
            let p = try m.decode(CancellationPayload.self)
            return OrderAcknowledgementFeed.Message(
                messageId: Int(m.id), amazonOrderId: p.amazonOrderId, merchantOrderId: p.merchantOrderId, statusCode: .failure,
                items: p.orderItemIds.map { OrderAcknowledgementFeed.Item(amazonOrderItemCode: $0, cancelReason: p.reason.rawValue) })
        default:
            let p = try m.decode(AcknowledgementPayload.self)
            return OrderAcknowledgementFeed.Message(
                messageId: Int(m.id), amazonOrderId: p.amazonOrderId, merchantOrderId: p.merchantOrderId, statusCode: .success,
                items: p.orderItemIds.map { OrderAcknowledgementFeed.Item(amazonOrderItemCode: $0) })
        }
    }

    static func adjustment(_ m: OutboxMessage) throws -> OrderAdjustmentFeed.Message {
        let p = try m.decode(RefundPayload.self)
        return OrderAdjustmentFeed.Message(messageId: Int(m.id), amazonOrderId: p.amazonOrderId, items: p.lines.map { line in
            OrderAdjustmentFeed.Item(amazonOrderItemCode: line.orderItemId, adjustmentReason: p.reason.rawValue,
                                     components: [.init(type: "Principal", amount: line.amount.amountText, currency: line.amount.currency)])
        })
    }
}
