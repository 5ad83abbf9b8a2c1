import Foundation

// Shipping API v2 (Buy Shipping): rates for an Amazon order's parcel, the label bought with one, its documents again,
// its void, and its tracking. A label bought this way confirms the shipment on Amazon by itself (SPAPI.md).
extension SellingPartnerClient {
    /// The rates Amazon offers for a parcel (`POST /shipping/v2/shipments/rates`); the answer's `requestToken` buys one
    /// of them within 10 minutes. `businessId`: the optional `x-amzn-shipping-business-id` (AmazonShipping_UK, _JP, ...).
    public func getRates(_ body: GetRatesRequest, businessId: String? = nil) async throws -> GetRatesResult {
        var request = try request("POST", "/shipping/v2/shipments/rates", json: body)
        Self.addBusinessId(businessId, to: &request)
        return try await execute(.getRates, request, decode: json(ShippingPayload<GetRatesResult>.self)).payload
    }

    /// Buys a rate's label (`POST /shipping/v2/shipments`). Amazon keeps one shipment per `idempotencyKey`
    /// (`x-amzn-IdempotencyKey`): sent again, the same key answers with the same shipment and charges nothing more.
    public func purchaseShipment(_ body: PurchaseShipmentRequest, idempotencyKey: String, businessId: String? = nil) async throws -> PurchaseShipmentResult {
        var request = try request("POST", "/shipping/v2/shipments", json: body)
        request.headers["x-amzn-IdempotencyKey"] = idempotencyKey
        Self.addBusinessId(businessId, to: &request)
        return try await execute(.purchaseShipment, request, decode: json(ShippingPayload<PurchaseShipmentResult>.self)).payload
    }

    /// A bought shipment's documents again (`GET /shipping/v2/shipments/{shipmentId}/documents`).
    public func getShipmentDocuments(
        shipmentId: String, packageClientReferenceId: String, format: ShippingDocumentFormat? = nil, dpi: Int? = nil, businessId: String? = nil
    ) async throws -> GetShipmentDocumentsResult {
        var query = [("packageClientReferenceId", packageClientReferenceId)]
        if let format { query.append(("format", format.rawValue)) }
        if let dpi { query.append(("dpi", String(dpi))) }
        var request = request("GET", "/shipping/v2/shipments/\(PercentEncoding.component(shipmentId))/documents", query: query)
        Self.addBusinessId(businessId, to: &request)
        return try await execute(.getShipmentDocuments, request, decode: json(ShippingPayload<GetShipmentDocumentsResult>.self)).payload
    }

    /// Voids an unused label (`PUT /shipping/v2/shipments/{shipmentId}/cancel`); refused after the carrier's window.
    public func cancelShipment(shipmentId: String, businessId: String? = nil) async throws {
        var request = request("PUT", "/shipping/v2/shipments/\(PercentEncoding.component(shipmentId))/cancel")
        Self.addBusinessId(businessId, to: &request)
        try await execute(.cancelShipment, request) { _ in () }
    }

    /// Where a package is (`GET /shipping/v2/tracking?trackingId=&carrierId=`).
    public func getTracking(trackingId: String, carrierId: String, businessId: String? = nil) async throws -> GetTrackingResult {
        var request = request("GET", "/shipping/v2/tracking", query: [("trackingId", trackingId), ("carrierId", carrierId)])
        Self.addBusinessId(businessId, to: &request)
        return try await execute(.getTracking, request, decode: json(ShippingPayload<GetTrackingResult>.self)).payload
    }

    private static func addBusinessId(_ businessId: String?, to request: inout HTTPRequest) {
        if let businessId { request.headers["x-amzn-shipping-business-id"] = businessId }
    }
}
