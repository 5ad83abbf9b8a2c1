import Foundation
import Testing
@testable import SellingPartnerAPI

/// Orders 2026-01-01 items carry `cancellation` when `includedData` asks for CANCELLATION (the client asks by default).
@Suite struct ItemCancellationTests {
    static func order(items: String) -> String {
        #"{"orderId":"302-1","createdTime":"2026-12-01T10:00:00Z","lastUpdatedTime":"2026-12-01T11:00:00Z","salesChannel":{"channelName":"Amazon","marketplaceId":"A1PA6795UKMFR9"},"orderItems":[\#(items)]}"#
    }

    @Test func aBuyersCancelRequestIsReadFromTheItem() throws {
        let asked = #"{"orderItemId":"1","quantityOrdered":1,"product":{"sellerSku":"MUG"},"cancellation":{"cancellationRequest":{"requester":"BUYER","cancelReason":"Ordered by mistake"}}}"#
        let plain = #"{"orderItemId":"2","quantityOrdered":1,"product":{"sellerSku":"TEE"}}"#
        let order = try JSONDecoder().decode(Order.self, from: Data(Self.order(items: asked + "," + plain).utf8))
        #expect(order.buyerRequestedCancel)
        #expect(order.orderItems.map(\.buyerRequestedCancel) == [true, false])
        #expect(order.orderItems[0].cancellation?.cancellationRequest?.cancelReason == "Ordered by mistake")
        #expect(SearchOrdersQuery.defaultIncludedData.contains(.cancellation))
    }

    @Test func aCancellationCarriedOutIsNotARequest() throws {
        let done = #"{"orderItemId":"1","quantityOrdered":1,"product":{},"cancellation":{"cancellationExecution":{"cancelledBy":"MERCHANT","cancelReason":"NoInventory"}}}"#
        let order = try JSONDecoder().decode(Order.self, from: Data(Self.order(items: done).utf8))
        #expect(!order.buyerRequestedCancel)
        #expect(order.orderItems[0].cancellation?.cancellationExecution?.cancelledBy == "MERCHANT")
    }
}
