import Foundation
import GRDB
import SellingPartnerAPI

/// Shipping v2 after the purchase: a shipment's documents again, its void within the carrier's window, its tracking.
enum ShippingShipmentAPI {
    static func documents(_ context: RequestContext) throws -> HTTPResponse {
        let shipment = try load(context)
        guard context.request.value("packageClientReferenceId") == shipment.packageClientReferenceId else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                           details: "packageClientReferenceId is not a package of shipment \(shipment.shipmentId)")
        }
        let format = context.request.value("format") ?? shipment.format
        guard LabelContent.formats.contains(format) else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "format must be PDF, PNG or ZPL")
        }
        let dpi = context.request.value("dpi").flatMap { Int($0) }
        if let dpi, !LabelContent.dpis.contains(dpi) {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "dpi must be 203 or 300")
        }
        guard shipment.cancelledAt == nil else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Shipment \(shipment.shipmentId) was cancelled; its label is void.")
        }
        return JSONBody.response(status: 200, ShippingPayload(payload: GetShipmentDocumentsResult(
            shipmentId: shipment.shipmentId, packageDocumentDetail: ShippingRatesAPI.documents(shipment, format: format, dpi: dpi),
            benefits: shipment.service.map(ShippingRatesAPI.benefits))))
    }

    /// Voids the label and takes its package back from the order, within the carrier's void window (24 hours here).
    static func cancel(_ context: RequestContext) throws -> HTTPResponse {
        var shipment = try load(context)
        guard shipment.cancelledAt == nil else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Shipment \(shipment.shipmentId) is already cancelled.")
        }
        let window = shipment.service?.voidWindowSeconds ?? 86_400
        guard context.now - shipment.purchasedAt <= window else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Shipment \(shipment.shipmentId) can no longer be cancelled",
                           details: "The carrier accepts a void within \(window / 3600) hours of the purchase; this window closed at \(SimTime.iso(shipment.purchasedAt + window))")
        }
        shipment.cancelledAt = context.now
        try shipment.update(context.db)
        if var order = try OrderTable.load(context.db, id: shipment.orderId) {
            order.unship(tracking: shipment.trackingId, at: context.now)
            try OrderTable.update(context.db, order)
            try OrderTable.record(context.db, orderId: order.id, at: context.now, kind: "labelCancelled",
                                  detail: "\(shipment.trackingId) voided → \(order.status)")
        }
        try Statistic.bump(context.db, "shipping.labelsCancelled")
        return JSONBody.response(status: 200, ShippingPayload(payload: CancelShipmentResult()))
    }

    /// Where the package is: label created, picked up, on its way, delivered, following the rate's promise.
    static func tracking(_ context: RequestContext) throws -> HTTPResponse {
        guard let trackingId = context.request.value("trackingId"), let carrierId = context.request.value("carrierId") else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "trackingId and carrierId are required")
        }
        guard let shipment = try SimShipment.load(context.db, trackingId: trackingId), shipment.service?.carrierId == carrierId else {
            throw APIError.notFound("No package \(trackingId) with carrier \(carrierId).")
        }
        let rate = shipment.rate
        // Where it happens: picked up in the ship-from country, delivered at the buyer's town.
        let origin = TrackingEvent.Location(countryCode: shipment.label.from.last)
        let order = try OrderTable.load(context.db, id: shipment.orderId)
        let buyer = order.map { BuyerIdentity.make(seed: $0.buyerSeed, marketplace: Marketplace.named($0.marketplaceId) ?? Marketplace.all[0],
                                                    overrideName: $0.buyerName).address }
        let destination = TrackingEvent.Location(city: buyer?.city, countryCode: buyer?.countryCode, postalCode: buyer?.postalCode)
        var events = [TrackingEvent(eventCode: "ReadyForReceive", location: origin, eventTime: SimTime.iso(shipment.purchasedAt), shipmentType: "FORWARD")]
        var status = "PreTransit"
        if let cancelled = shipment.cancelledAt {
            events.append(TrackingEvent(eventCode: "PickupCancelled", location: origin, eventTime: SimTime.iso(cancelled), shipmentType: "FORWARD"))
            status = "PickupCancelled"
        } else {
            let steps: [(Int64, String, String, TrackingEvent.Location)] = [
                (rate.pickupStart + 3600, "PickupDone", "InTransit", origin), (rate.pickupEnd + 7200, "Departed", "InTransit", origin),
                (rate.deliveryStart - 6 * 3600, "ArrivedAtCarrierFacility", "InTransit", TrackingEvent.Location(countryCode: buyer?.countryCode)),
                (rate.deliveryStart + 3600, "OutForDelivery", "OutForDelivery", destination), (rate.deliveryStart + 4 * 3600, "Delivered", "Delivered", destination)]
            for (at, code, next, location) in steps where at <= context.now {
                events.append(TrackingEvent(eventCode: code, location: location, eventTime: SimTime.iso(at), shipmentType: "FORWARD"))
                status = next
            }
        }
        return JSONBody.response(status: 200, ShippingPayload(payload: GetTrackingResult(
            trackingId: trackingId, alternateLegTrackingId: "", eventHistory: events, promisedDeliveryDate: SimTime.iso(rate.deliveryEnd),
            summary: .init(status: status))))
    }

    private static func load(_ context: RequestContext) throws -> SimShipment {
        let id = context.parameters[0]
        guard let shipment = try SimShipment.load(context.db, shipmentId: id) else { throw APIError.notFound("Shipment \(id) was not found.") }
        return shipment
    }
}
