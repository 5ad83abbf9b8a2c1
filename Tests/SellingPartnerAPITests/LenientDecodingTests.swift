import Foundation
import Testing
@testable import SellingPartnerAPI

/// SPAPI.md: strings where numbers are expected, and numbers where decimal strings are expected, are survived.
@Suite struct LenientDecodingTests {
    @Test func quantitiesAsStringsAndAmountsAsNumbers() throws {
        let json = #"""
        {"orders":[{"orderId":"028-1","createdTime":"2026-01-05T10:00:00Z","lastUpdatedTime":"2026-01-05T10:00:00Z",
          "salesChannel":{"channelName":"AMAZON"},
          "proceeds":{"grandTotal":{"amount":49.98,"currencyCode":"EUR"}},
          "orderItems":[{"orderItemId":"1","quantityOrdered":"2","product":{"sellerSku":"SKU-1","price":{"unitPrice":{"amount":"24.99","currencyCode":"EUR"}}},
            "fulfillment":{"quantityFulfilled":"0","quantityUnfulfilled":2}}]}]}
        """#
        let page = try JSONDecoder().decode(SearchOrdersResponse.self, from: Data(json.utf8))
        let order = try #require(page.orders.first)
        #expect(order.orderItems[0].quantityOrdered == 2)
        #expect(order.orderItems[0].fulfillment?.quantityFulfilled == 0)
        #expect(order.proceeds?.grandTotal?.amount == "49.98")
        #expect(order.orderItems[0].product.price?.unitPrice?.amount == "24.99")
    }

    @Test func throughTheClientToo() async throws {
        let body = #"{"order":{"orderId":"9","createdTime":"t","lastUpdatedTime":"t","salesChannel":{"channelName":"AMAZON"},"orderItems":[{"orderItemId":"1","quantityOrdered":" 3 ","product":{}}]}}"#
        let (client, _, _) = makeClient([.json(body)])
        #expect(try await client.getOrder(orderId: "9").orderItems[0].quantityOrdered == 3)
    }
}
