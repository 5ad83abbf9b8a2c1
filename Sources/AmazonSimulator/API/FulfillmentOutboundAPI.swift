import Foundation
import GRDB
import SellingPartnerAPI

/// Fulfillment Outbound 2020-07-01: preview, create (one order per `sellerFulfillmentOrderId`), get, cancel.
/// Refuses unknown SKUs and what the warehouse cannot fill, as Amazon does.
enum FulfillmentOutboundAPI {
    static func preview(_ context: RequestContext) throws -> HTTPResponse {
        let body = try JSONBody.decode(GetFulfillmentPreviewRequest.self, from: context.request)
        let marketplaceId = body.marketplaceId ?? context.account.marketplaceIds[0]
        var unfulfillable: [UnfulfillablePreviewItem] = []
        for item in body.items {
            if let reason = try shortfall(context.db, sku: item.sellerSku, quantity: item.quantity) {
                unfulfillable.append(UnfulfillablePreviewItem(sellerSku: item.sellerSku, quantity: item.quantity,
                                                              sellerFulfillmentOrderItemId: item.sellerFulfillmentOrderItemId, itemUnfulfillableReasons: [reason]))
            }
        }
        let previews = (body.shippingSpeedCategories ?? ["Standard"]).map { speed in
            FulfillmentPreview(shippingSpeedCategory: speed, isFulfillable: unfulfillable.isEmpty, isCODCapable: false, marketplaceId: marketplaceId,
                               unfulfillablePreviewItems: unfulfillable.isEmpty ? nil : unfulfillable,
                               orderUnfulfillableReasons: unfulfillable.isEmpty ? nil : ["InventoryUnavailable"])
        }
        return JSONBody.response(status: 200, GetFulfillmentPreviewResponse(payload: GetFulfillmentPreviewResult(fulfillmentPreviews: previews)))
    }

    static func create(_ context: RequestContext) throws -> HTTPResponse {
        let body = try JSONBody.decode(CreateFulfillmentOrderRequest.self, from: context.request)
        let id = body.sellerFulfillmentOrderId
        guard !id.isEmpty, id.count <= 40 else { throw APIError.invalidInput("sellerFulfillmentOrderId must have 1 to 40 characters.") }
        guard ["Standard", "Expedited", "Priority"].contains(body.shippingSpeedCategory) else {
            throw APIError.invalidInput("shippingSpeedCategory \(body.shippingSpeedCategory) is not Standard, Expedited or Priority.")
        }
        guard !body.items.isEmpty, body.items.allSatisfy({ $0.quantity > 0 }) else { throw APIError.invalidInput("items must name at least one SKU, each with a quantity above zero.") }
        if let existing = try SimFulfillmentOrder.load(context.db, id: id) {
            // One order per id, ever: the same request again is answered as the first was; another is refused.
            guard existing.request == body else { throw APIError.invalidInput("A fulfillment order with sellerFulfillmentOrderId \(id) already exists.") }
            return JSONBody.response(status: 200, FulfillmentEmptyResponse())
        }
        for item in body.items {
            if let reason = try shortfall(context.db, sku: item.sellerSku, quantity: item.quantity) {
                throw APIError.invalidInput("Item \(item.sellerSku) cannot be fulfilled: \(reason).")
            }
        }
        for item in body.items {
            try context.db.execute(sql: "UPDATE fbaStock SET fulfillable = fulfillable - ?, reserved = reserved + ?, updatedAt = ? WHERE sku = ?",
                                   arguments: [item.quantity, item.quantity, context.now, item.sellerSku])
        }
        let order = SimFulfillmentOrder(request: body, marketplaceId: body.marketplaceId ?? context.account.marketplaceIds[0],
                                        status: "Received", received: context.now, statusUpdated: context.now)
        try order.save(context.db)
        try FulfillmentLifecycle.schedule(context.db, order)
        try Statistic.bump(context.db, "fulfillmentOrders.created")
        return JSONBody.response(status: 200, FulfillmentEmptyResponse())
    }

    static func get(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameters[0]
        guard let order = try SimFulfillmentOrder.load(context.db, id: id) else { throw APIError.notFound("No fulfillment order \(id).") }
        let r = order.request
        let shipments = order.shipped.map { shipped in
            [FulfillmentShipment(
                amazonShipmentId: "D" + String(id.hashValueStable % 100_000_000), fulfillmentCenterId: "LEJ1", fulfillmentShipmentStatus: "SHIPPED",
                shippingDate: SimTime.iso(shipped),
                fulfillmentShipmentItem: r.items.map { FulfillmentShipmentItem(sellerSku: $0.sellerSku, sellerFulfillmentOrderItemId: $0.sellerFulfillmentOrderItemId, quantity: $0.quantity, packageNumber: 1) },
                fulfillmentShipmentPackage: [FulfillmentShipmentPackage(packageNumber: 1, carrierCode: "DHL", trackingNumber: order.tracking)])]
        }
        let cancelled = order.status == "Cancelled"
        return JSONBody.response(status: 200, GetFulfillmentOrderResponse(payload: GetFulfillmentOrderResult(
            fulfillmentOrder: FulfillmentOrder(
                sellerFulfillmentOrderId: id, marketplaceId: order.marketplaceId, displayableOrderId: r.displayableOrderId,
                displayableOrderDate: r.displayableOrderDate, displayableOrderComment: r.displayableOrderComment,
                shippingSpeedCategory: r.shippingSpeedCategory, destinationAddress: r.destinationAddress,
                receivedDate: SimTime.iso(order.received), fulfillmentOrderStatus: order.status, statusUpdatedDate: SimTime.iso(order.statusUpdated)),
            fulfillmentOrderItems: r.items.map {
                FulfillmentOrderItem(sellerSku: $0.sellerSku, sellerFulfillmentOrderItemId: $0.sellerFulfillmentOrderItemId, quantity: $0.quantity,
                                     cancelledQuantity: cancelled ? $0.quantity : 0, unfulfillableQuantity: 0)
            },
            fulfillmentShipments: shipments)))
    }

    static func cancel(_ context: RequestContext) throws -> HTTPResponse {
        let id = context.parameters[0]
        guard var order = try SimFulfillmentOrder.load(context.db, id: id) else { throw APIError.notFound("No fulfillment order \(id).") }
        if order.status == "Cancelled" { return JSONBody.response(status: 200, FulfillmentEmptyResponse()) }
        guard ["New", "Received", "Planning"].contains(order.status) else {
            throw APIError.invalidInput("Fulfillment order \(id) is \(order.status) and can no longer be cancelled.")
        }
        try FulfillmentLifecycle.release(context.db, order, at: context.now)
        order.status = "Cancelled"
        order.statusUpdated = context.now
        try order.save(context.db)
        return JSONBody.response(status: 200, FulfillmentEmptyResponse())
    }

    /// Why Amazon's warehouse cannot ship `quantity` of `sku`, or nil.
    static func shortfall(_ db: Database, sku: String, quantity: Int) throws -> String? {
        guard try ListingTable.find(db, sku: sku) != nil else { return "InvalidSKU" }
        guard let level = try FBAStock.level(db, sku: sku), level.fulfillable >= quantity else { return "InventoryUnavailable" }
        return nil
    }
}
