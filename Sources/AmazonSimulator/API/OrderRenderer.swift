import Foundation
import MerchantCore
import SellingPartnerAPI

/// Turns a stored order into Amazon's Orders 2026-01-01 `Order`, showing only the datasets asked for
/// (`includedData`) and, while PENDING, no address, no prices and only a placeholder buyer (R8).
enum OrderRenderer {
    /// The datasets shown when `includedData` is absent: the order's status is always wanted.
    static let defaultIncluded: Set<String> = ["FULFILLMENT"]

    static func render(_ order: SimOrder, included: Set<String>) -> Order {
        let marketplace = Marketplace.named(order.marketplaceId) ?? Marketplace.all[0]
        // Details exist only once paid: a pending order, or one the fraud check cancelled, never shows them (R8).
        let pending = order.paid == nil
        func money(_ minor: Int64) -> MoneyAmount {
            MoneyAmount(amount: Money(minorUnits: minor, currency: order.currency).amountText, currencyCode: order.currency)
        }
        let items = order.items.map { item in
            OrderItem(
                orderItemId: item.id, quantityOrdered: item.quantity,
                product: ItemProduct(asin: item.asin, title: item.title, sellerSku: item.sku,
                                     price: pending ? nil : ItemPrice(unitPrice: money(item.unitPrice))),
                proceeds: included.contains("PROCEEDS") && !pending
                    ? ItemProceeds(proceedsTotal: money(item.unitPrice * Int64(item.quantity))) : nil,
                fulfillment: included.contains("FULFILLMENT")
                    ? ItemFulfillment(quantityFulfilled: item.shipped,
                                      quantityUnfulfilled: order.status == "CANCELLED" ? 0 : item.quantity - item.shipped) : nil,
                cancellation: included.contains("CANCELLATION") ? item.cancelRequest.map {
                    ItemCancellation(cancellationRequest: ItemCancellationRequest(requester: "BUYER", cancelReason: $0))
                } : nil)
        }
        var buyer: Buyer?
        var recipient: Recipient?
        if included.contains("BUYER") || included.contains("RECIPIENT"), !pending {
            let identity = BuyerIdentity.make(seed: order.buyerSeed, marketplace: marketplace, overrideName: order.buyerName)
            if included.contains("BUYER") { buyer = Buyer(buyerName: identity.name, buyerEmail: identity.email) }
            if included.contains("RECIPIENT") { recipient = Recipient(deliveryAddress: identity.address) }
        } else if included.contains("BUYER") {
            buyer = Buyer(buyerEmail: BuyerIdentity.placeholderEmail(marketplace))
        }
        var fulfillment: OrderFulfillment?
        if included.contains("FULFILLMENT") {
            var shipBy: DateTimeRange?
            if let paid = order.paid, let latestShip = order.latestShip {
                shipBy = DateTimeRange(earliestDateTime: SimTime.iso(paid), latestDateTime: SimTime.iso(latestShip))
            }
            let deliverBy = DeliveryWindow.of(order).map {
                DateTimeRange(earliestDateTime: SimTime.iso($0.earliest), latestDateTime: SimTime.iso($0.latest))
            }
            fulfillment = OrderFulfillment(
                fulfillmentStatus: order.status, fulfilledBy: order.afn ? "AMAZON" : "MERCHANT",
                fulfillmentServiceLevel: order.serviceLevel, shipByWindow: shipBy, deliverByWindow: deliverBy)
        }
        let packages = included.contains("PACKAGES") && !order.packages.isEmpty ? order.packages.map { package in
            OrderPackage(
                packageReferenceId: package.ref, createdTime: SimTime.iso(package.created),
                packageStatus: PackageStatus(status: package.detailedStatus == "RETURNED_TO_SELLER" ? "DELIVERED" : "SHIPPED", detailedStatus: package.detailedStatus), carrier: package.carrierName ?? package.carrier,
                shipTime: SimTime.iso(package.shipTime), shippingService: package.method, trackingNumber: package.tracking,
                packageItems: package.items.map { PackageItem(orderItemId: $0.itemId, quantity: $0.quantity) })
        } : nil
        return Order(
            orderId: order.id, createdTime: SimTime.iso(order.created), lastUpdatedTime: SimTime.iso(order.updated),
            salesChannel: SalesChannel(channelName: "Amazon", marketplaceId: marketplace.id, marketplaceName: marketplace.name),
            buyer: buyer, recipient: recipient,
            proceeds: included.contains("PROCEEDS") && !pending ? OrderProceeds(grandTotal: money(order.grandTotal)) : nil,
            fulfillment: fulfillment, orderItems: items, packages: packages)
    }

    /// The `includedData` of a request, or the default when absent; refuses unknown values.
    static func included(_ request: HTTPRequest) throws -> Set<String> {
        let values = request.listValues("includedData")
        let known: Set<String> = ["BUYER", "RECIPIENT", "PROCEEDS", "EXPENSE", "PROMOTION", "CANCELLATION", "FULFILLMENT",
                                  "PACKAGES", "TAX", "PAYMENT", "FULFILLMENT_ORDERS"]
        if let bad = values.first(where: { !known.contains($0) }) { throw APIError.invalidInput("\(bad) is not a valid includedData value.") }
        return values.isEmpty ? defaultIncluded : Set(values)
    }
}
