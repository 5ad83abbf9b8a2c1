import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

@Suite struct ShipmentConfirmationTests {
    func body(_ order: Order, itemIndex: Int = 0, quantity: Int, reference: String = "1") -> String {
        """
        {"marketplaceId":"A1PA6795UKMFR9","packageDetail":{"packageReferenceId":"\(reference)","carrierCode":"DHL",
        "shippingMethod":"Paket","trackingNumber":"00340433836442636597","shipDate":"2026-09-21T10:00:00Z",
        "orderItems":[{"orderItemId":"\(order.orderItems[itemIndex].orderItemId)","quantity":\(quantity)}]}}
        """
    }

    @Test func aShipmentIsAppliedOncePerIdempotencyKey() async throws {
        // R29: delivered at least once with a key, applied exactly once.
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 3)
        let order = try await fixture.order(id)
        let path = "/orders/v0/orders/\(id)/shipmentConfirmation"
        fixture.clock.advance(seconds: 300)
        let first = try await fixture.send("POST", path, json: body(order, quantity: 1), headers: ["Idempotency-Key": "ship-1"])
        #expect(first.status == 204)
        let again = try await fixture.send("POST", path, json: body(order, quantity: 1), headers: ["idempotency-key": "ship-1"])
        #expect(again.status == 204)
        let view = try fixture.simulator.orderView(orderId: id)
        #expect(view.packages.count == 1)
        #expect(view.items[0].quantityShipped == 1)
        #expect(view.status == "PARTIALLY_SHIPPED")   // R13: partial shipments are allowed
        #expect(view.idempotencyKeyArrivals == ["ship-1": 2])
        let shipped = try await fixture.order(id)
        #expect(shipped.lastUpdatedTime > order.lastUpdatedTime)
        #expect(shipped.packages?.first?.trackingNumber == "00340433836442636597")

        let rest = try await fixture.send("POST", path, json: body(order, quantity: 2, reference: "2"), headers: ["Idempotency-Key": "ship-2"])
        #expect(rest.status == 204)
        #expect(try fixture.simulator.orderView(orderId: id).status == "SHIPPED")
        let over = try await fixture.send("POST", path, json: body(order, quantity: 1, reference: "3"), headers: ["Idempotency-Key": "ship-3"])
        #expect(over.status == 400)
    }

    @Test func pendingCancelledAndAmazonFulfilledOrdersAreRefused() async throws {
        let fixture = try SimulatorFixture()
        let pending = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", pending: true)
        let pendingOrder = try await fixture.order(pending)
        let refusedPending = try await fixture.send("POST", "/orders/v0/orders/\(pending)/shipmentConfirmation", json: body(pendingOrder, quantity: 1))
        #expect(refusedPending.status == 400)   // R10
        #expect(fixture.errorCode(refusedPending) == "InvalidInput")
        try fixture.simulator.fraudCancel(orderId: pending)
        #expect(try await fixture.send("POST", "/orders/v0/orders/\(pending)/shipmentConfirmation", json: body(pendingOrder, quantity: 1)).status == 400)
        let afn = try fixture.simulator.placeOrder(sku: "TEE-MATCHA-100", afn: true)
        let afnOrder = try await fixture.order(afn)
        #expect(afnOrder.fulfillment?.fulfilledBy == "AMAZON")
        #expect(try await fixture.send("POST", "/orders/v0/orders/\(afn)/shipmentConfirmation", json: body(afnOrder, quantity: 1)).status == 400)  // R14
        // Amazon ships it itself some hours later.
        try fixture.simulator.advance(minutes: 13 * 60)
        #expect(try await fixture.order(afn).fulfillment?.fulfillmentStatus == "SHIPPED")
    }

    @Test func listingPatchesStoreTheOfferedQuantityOncePerKey() async throws {
        // R25: what the console pushes is what Amazon offers.
        let fixture = try SimulatorFixture()
        let patch = try JSONEncoder().encode(ListingsItemPatchRequest.fulfillmentAvailability(quantity: 17, handlingDays: 2))
        let path = "/listings/2021-08-01/items/A2DEMOSELLER01/MUG-BLAU-350"
        let response = try await fixture.send("PATCH", path, json: String(decoding: patch, as: UTF8.self),
                                              headers: ["Idempotency-Key": "qty-1"], query: [("marketplaceIds", "A1PA6795UKMFR9")])
        #expect(response.status == 200)
        #expect(try JSONDecoder().decode(ListingsItemSubmissionResponse.self, from: response.body).status == "ACCEPTED")
        #expect(try fixture.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 17)
        #expect(try fixture.simulator.handlingDays(sku: "MUG-BLAU-350") == 2)
        let unknown = try await fixture.send("PATCH", "/listings/2021-08-01/items/A2DEMOSELLER01/NOPE", json: String(decoding: patch, as: UTF8.self),
                                             query: [("marketplaceIds", "A1PA6795UKMFR9")])
        #expect(try JSONDecoder().decode(ListingsItemSubmissionResponse.self, from: unknown.body).status == "INVALID")
    }
}
