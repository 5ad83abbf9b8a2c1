import Foundation

// Fulfillment Outbound 2020-07-01: Amazon ships the merchant's own orders from FBA stock.
extension SellingPartnerClient {
    /// Whether Amazon could fill an order, and why not (`POST /fba/outbound/2020-07-01/fulfillmentOrders/preview`).
    public func getFulfillmentPreview(_ body: GetFulfillmentPreviewRequest) async throws -> GetFulfillmentPreviewResult {
        let request = try request("POST", "/fba/outbound/2020-07-01/fulfillmentOrders/preview", json: body)
        return try await execute(.getFulfillmentPreview, request, decode: json(GetFulfillmentPreviewResponse.self)).payload
            ?? GetFulfillmentPreviewResult(fulfillmentPreviews: [])
    }

    /// Asks Amazon to ship an order (`POST /fba/outbound/2020-07-01/fulfillmentOrders`). Amazon keeps one
    /// fulfillment order per `sellerFulfillmentOrderId`, so sending it again never makes a second one.
    public func createFulfillmentOrder(_ body: CreateFulfillmentOrderRequest) async throws {
        let request = try request("POST", "/fba/outbound/2020-07-01/fulfillmentOrders", json: body)
        try await execute(.createFulfillmentOrder, request) { _ in () }
    }

    /// A fulfillment order with its items and shipments (`GET .../fulfillmentOrders/{sellerFulfillmentOrderId}`).
    public func getFulfillmentOrder(_ sellerFulfillmentOrderId: String) async throws -> GetFulfillmentOrderResult? {
        let request = request("GET", "/fba/outbound/2020-07-01/fulfillmentOrders/\(PercentEncoding.component(sellerFulfillmentOrderId))")
        return try await execute(.getFulfillmentOrder, request, decode: json(GetFulfillmentOrderResponse.self)).payload
    }

    /// Cancels a fulfillment order Amazon has not started picking (`PUT .../{sellerFulfillmentOrderId}/cancel`).
    public func cancelFulfillmentOrder(_ sellerFulfillmentOrderId: String) async throws {
        let request = request("PUT", "/fba/outbound/2020-07-01/fulfillmentOrders/\(PercentEncoding.component(sellerFulfillmentOrderId))/cancel")
        try await execute(.cancelFulfillmentOrder, request) { _ in () }
    }
}
