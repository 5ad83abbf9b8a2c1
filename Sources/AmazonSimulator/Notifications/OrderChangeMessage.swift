import Foundation
import MerchantCore
import SellingPartnerAPI

/// The ORDER_CHANGE notification simulated Amazon sends for one change of one order, valid against
/// `notifications/OrderChangeNotification.json`. It says which order changed and how; the truth stays in `getOrder`.
enum OrderChangeMessage {
    /// The application the simulated notifications come from.
    static let applicationId = "amzn1.sellerapps.app.simulated-merchant-console"

    static func make(_ order: SimOrder, sellerId: String, subscriptionId: String, type: OrderChangeNotification.OrderChangeType,
                     reason: String, notificationId: String, publishedAt: Int64) -> OrderChangeNotification {
        let marketplace = Marketplace.named(order.marketplaceId) ?? Marketplace.all[0]
        let paid = order.paid
        let postal = paid == nil ? nil : BuyerIdentity.make(seed: order.buyerSeed, marketplace: marketplace, overrideName: order.buyerName).address.postalCode
        let latestShip = order.latestShip
        let delivery = DeliveryWindow.of(order)
        let shipped = order.items.reduce(0) { $0 + $1.shipped }
        let ordered = order.items.reduce(0) { $0 + $1.quantity }
        let summary = OrderChangeSummary(
            marketplaceId: order.marketplaceId, orderStatus: status(order.status), purchaseDate: SimTime.iso(order.created),
            destinationPostalCode: postal, fulfillmentType: order.afn ? .afn : .mfn,
            numberOfItemsShipped: shipped, numberOfItemsUnshipped: order.status == "CANCELLED" ? 0 : ordered - shipped,
            earliestShipDate: paid.map(SimTime.iso), latestShipDate: latestShip.map(SimTime.iso),
            earliestDeliveryDate: delivery.map { SimTime.iso($0.earliest) }, latestDeliveryDate: delivery.map { SimTime.iso($0.latest) },
            orderItems: order.items.map { item in
                OrderChangeSummary.Item(
                    orderItemId: item.id, sellerSKU: item.sku, supplySourceId: nil,
                    orderItemStatus: item.shipped >= item.quantity ? .shipped : .unshipped, quantity: item.quantity,
                    quantityShipped: item.shipped, isBuyerRequestedCancel: item.cancelRequest != nil)
            })
        let change = OrderChangeNotification.Change(
            sellerId: sellerId, amazonOrderId: order.id, orderChangeType: type,
            orderChangeTrigger: .init(timeOfOrderChange: SimTime.iso(order.updated), changeReason: reason), summary: summary)
        return OrderChangeNotification(
            eventTime: SimTime.iso(order.updated), payload: .init(orderChangeNotification: change),
            notificationMetadata: .init(applicationId: applicationId, subscriptionId: subscriptionId,
                                        publishTime: SimTime.iso(publishedAt), notificationId: notificationId))
    }

    /// Orders 2026-01-01's status in the notification schema's spelling.
    static func status(_ status: String) -> OrderChangeSummary.OrderStatus {
        switch status {
        case "PENDING": .pending
        case "PENDING_AVAILABILITY": .pendingAvailability
        case "PARTIALLY_SHIPPED": .partiallyShipped
        case "SHIPPED": .shipped
        case "CANCELLED": .canceled
        case "UNFULFILLABLE": .unfulfillable
        default: .unshipped
        }
    }
}
