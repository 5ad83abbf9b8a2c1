import Foundation
import SellingPartnerAPI

/// Orders v0 `confirmShipment`: the merchant reports a package (carrier, tracking, items).
enum ShipmentConfirmationAPI {
    // The body of ordersV0.json's ConfirmShipmentRequest; internal until the client's shared model lands.
    struct Body: Decodable {
        var marketplaceId: String
        var packageDetail: PackageDetail
    }

    struct PackageDetail: Decodable {
        var packageReferenceId: String
        var carrierCode: String
        var carrierName: String?
        var shippingMethod: String?
        var trackingNumber: String
        var shipDate: String
        var orderItems: [Item]
    }

    struct Item: Decodable {
        var orderItemId: String
        var quantity: Int
    }

    static func confirm(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameters[0]
        let body = try JSONBody.decode(Body.self, from: context.request)
        guard var order = try OrderTable.load(context.db, id: id) else { throw APIError.notFound("Order \(id) was not found.") }
        let detail = body.packageDetail
        guard body.marketplaceId == order.marketplaceId else { throw APIError.invalidInput("Order \(id) was not placed in marketplace \(body.marketplaceId).") }
        guard !order.afn else { throw APIError.invalidInput("Order \(id) is fulfilled by Amazon; the seller cannot confirm its shipment.") }
        switch order.status {
        case "PENDING": throw APIError.invalidInput("Order \(id) is pending; it cannot be shipped until it is paid.")
        case "CANCELLED": throw APIError.invalidInput("Order \(id) is cancelled; it cannot be shipped.")
        case "SHIPPED": throw APIError.invalidInput("Order \(id) has already been shipped in full.")
        default: break
        }
        guard Int(detail.packageReferenceId).map({ $0 > 0 }) == true else { throw APIError.invalidInput("packageReferenceId must be a positive number.") }
        guard !detail.trackingNumber.isEmpty, !detail.carrierCode.isEmpty else { throw APIError.invalidInput("carrierCode and trackingNumber are required.") }
        if detail.carrierCode == "Other", (detail.carrierName ?? "").isEmpty { throw APIError.invalidInput("carrierName is required when carrierCode is Other.") }
        guard let shipDate = SimTime.parse(detail.shipDate) else { throw APIError.invalidInput("shipDate is not an ISO 8601 date-time.") }
        guard !detail.orderItems.isEmpty else { throw APIError.invalidInput("orderItems must name at least one item.") }
        for line in detail.orderItems {
            guard let index = order.items.firstIndex(where: { $0.id == line.orderItemId }) else {
                throw APIError.invalidInput("Order \(id) has no item \(line.orderItemId).")
            }
            let left = order.items[index].quantity - order.items[index].shipped
            guard line.quantity > 0, line.quantity <= left else {
                throw APIError.invalidInput("Item \(line.orderItemId) has \(left) left to ship; \(line.quantity) is too many.")
            }
            order.items[index].shipped += line.quantity
        }
        order.packages.append(SimPackage(
            ref: detail.packageReferenceId, carrier: detail.carrierCode, carrierName: detail.carrierName,
            method: detail.shippingMethod, tracking: detail.trackingNumber, shipTime: shipDate, created: context.now,
            items: detail.orderItems.map { SimPackageItem(itemId: $0.orderItemId, quantity: $0.quantity) }))
        order.status = order.items.allSatisfy { $0.shipped == $0.quantity } ? "SHIPPED" : "PARTIALLY_SHIPPED"
        order.updated = context.now
        try OrderTable.update(context.db, order)
        try OrderTable.record(context.db, orderId: id, at: context.now, kind: "shipmentConfirmed",
                              detail: "\(detail.carrierCode) \(detail.trackingNumber) → \(order.status)")
        for event in OrderLifecycle.plannedReturn(order, shippedAt: shipDate) {
            try Scheduler.schedule(context.db, at: event.at, kind: event.kind.rawValue, ref: id)
        }
        return HTTPResponse(status: 204)
    }
}
