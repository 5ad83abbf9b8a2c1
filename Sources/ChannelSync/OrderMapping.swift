import Foundation
import MerchantCore
import SellingPartnerAPI

/// Turns SP-API's wire orders into domain orders; refuses an order it cannot read whole.
enum OrderMapping {
    static func map(_ wire: SellingPartnerAPI.Order) throws(MappingError) -> AmazonOrder {
        let id = wire.orderId
        guard let created = SPAPIDate.parse(wire.createdTime) else { throw .badDate(id, "createdTime", wire.createdTime) }
        guard let updated = SPAPIDate.parse(wire.lastUpdatedTime) else { throw .badDate(id, "lastUpdatedTime", wire.lastUpdatedTime) }
        guard let statusText = wire.fulfillment?.fulfillmentStatus, let status = AmazonOrderStatus(rawValue: statusText.uppercased()) else {
            throw .badField(id, "fulfillmentStatus", wire.fulfillment?.fulfillmentStatus ?? "missing")
        }
        let channel: FulfillmentChannel = wire.fulfillment?.fulfilledBy?.uppercased() == "AMAZON" ? .amazon : .merchant
        let total: Money? = try wire.proceeds?.grandTotal.map { m throws(MappingError) in try money(m, order: id) }
        var items: [AmazonOrderItem] = []
        for item in wire.orderItems {
            guard let sku = item.product.sellerSku, !sku.isEmpty else { throw .badField(id, "sellerSku", "missing") }
            guard item.quantityOrdered >= 0 else { throw .badField(id, "quantityOrdered", String(item.quantityOrdered)) }
            let price: Money? = try item.product.price?.unitPrice.map { m throws(MappingError) in try money(m, order: id) }
            items.append(AmazonOrderItem(
                orderItemId: item.orderItemId, sku: sku, asin: item.product.asin, title: item.product.title ?? sku,
                quantityOrdered: item.quantityOrdered,
                quantityShipped: min(item.fulfillment?.quantityFulfilled ?? 0, item.quantityOrdered), unitPrice: price))
        }
        let address = wire.recipient?.deliveryAddress.map { a in
            PostalAddress(name: a.name, lines: [a.addressLine1, a.addressLine2, a.addressLine3].compactMap { $0 }.filter { !$0.isEmpty },
                          city: a.city, postalCode: a.postalCode, region: a.stateOrRegion, countryCode: a.countryCode, phone: a.phone)
        }
        let packages = (wire.packages ?? []).map { p in
            ShipmentPackage(packageReferenceId: p.packageReferenceId, carrier: p.carrier, trackingNumber: p.trackingNumber,
                            shipDate: p.shipTime.flatMap(SPAPIDate.parse),
                            items: (p.packageItems ?? []).map { PackageLine(orderItemId: $0.orderItemId, quantity: $0.quantity) },
                            detailedStatus: p.packageStatus?.detailedStatus)
        }
        return AmazonOrder(
            amazonOrderId: id, status: status, fulfillmentChannel: channel,
            marketplaceId: wire.salesChannel.marketplaceId ?? "", purchaseDate: created, lastUpdateDate: updated,
            latestShipDate: wire.fulfillment?.shipByWindow?.latestDateTime.flatMap(SPAPIDate.parse),
            earliestDeliveryDate: wire.fulfillment?.deliverByWindow?.earliestDateTime.flatMap(SPAPIDate.parse),
            latestDeliveryDate: wire.fulfillment?.deliverByWindow?.latestDateTime.flatMap(SPAPIDate.parse),
            buyerName: wire.buyer?.buyerName, buyerEmail: wire.buyer?.buyerEmail, shippingAddress: address, total: total,
            items: items, packages: packages, buyerCancelRequest: cancelRequest(wire)
        ).withoutPendingDetails()  // R8
    }

    /// The buyer asks to cancel when any item carries a buyer's cancellation request; the first reason given is why.
    static func cancelRequest(_ wire: SellingPartnerAPI.Order) -> BuyerCancelRequest? {
        guard wire.buyerRequestedCancel else { return nil }
        let reason = wire.orderItems.filter(\.buyerRequestedCancel).lazy.compactMap { $0.cancellation?.cancellationRequest?.cancelReason }
            .first { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        return BuyerCancelRequest(reason: reason)
    }

    private static func money(_ m: MoneyAmount, order: String) throws(MappingError) -> Money {
        do { return try Money(parsing: m.amount, currency: m.currencyCode, allowNegative: true) }
        catch { throw .badField(order, "amount", "\(m.amount) \(m.currencyCode)") }
    }
}

/// Why an order from Amazon could not be read.
public enum MappingError: Error, Equatable, Sendable, CustomStringConvertible {
    case badDate(String, String, String)
    case badField(String, String, String)

    public var description: String {
        switch self {
        // `field` is Amazon's own name of the field (data, not words): it stays as Amazon spells it.
        case .badDate(let id, let field, let value), .badField(let id, let field, let value): tr("sync.mapping.unreadable", id, field, value)
        }
    }
}

