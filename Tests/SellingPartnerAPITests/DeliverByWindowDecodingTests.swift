import Foundation
import Testing
@testable import SellingPartnerAPI

/// The delivery window Amazon promises the buyer (`fulfillment.deliverByWindow`, v0's `EarliestDeliveryDate` and
/// `LatestDeliveryDate`) decodes with the real field names, leniently.
@Suite("Decoding the buyer's delivery window")
struct DeliverByWindowDecodingTests {
    /// A getOrder answer shaped as Amazon's own example (orders_2026-01-01.json), trimmed to what matters here.
    static let getOrder = #"""
    {"order": {"orderId": "702-3035602-4225066", "createdTime": "2024-12-25T10:00:00Z", "lastUpdatedTime": "2024-12-25T12:00:00Z",
      "salesChannel": {"channelName": "Amazon", "marketplaceId": "A1PA6795UKMFR9", "marketplaceName": "Amazon.de"},
      "fulfillment": {"fulfillmentStatus": "UNSHIPPED", "fulfilledBy": "MERCHANT", "fulfillmentServiceLevel": "STANDARD",
        "shipByWindow": {"earliestDateTime": "2024-12-26T00:00:00Z", "latestDateTime": "2024-12-27T23:59:59Z"},
        "deliverByWindow": {"earliestDateTime": "2024-12-28T00:00:00Z", "latestDateTime": "2024-12-30T23:59:59Z"}},
      "orderItems": [{"orderItemId": "1", "quantityOrdered": 1, "product": {"sellerSku": "MUG"}}]}}
    """#

    @Test func theWindowDecodesWithAmazonsFieldNames() throws {
        let order = try JSONDecoder().decode(GetOrderResponse.self, from: Data(Self.getOrder.utf8)).order
        let window = try #require(order.fulfillment?.deliverByWindow)
        #expect(window.earliestDateTime == "2024-12-28T00:00:00Z")
        #expect(window.latestDateTime == "2024-12-30T23:59:59Z")
        #expect(window.latestDateTime.flatMap(SPAPIDate.parse) == Date(timeIntervalSince1970: 1_735_603_199))
    }

    @Test func aWindowOfNumbersOrNullsCostsTheDatesNotTheOrder() throws {
        let odd = Self.getOrder.replacingOccurrences(
            of: #""deliverByWindow": {"earliestDateTime": "2024-12-28T00:00:00Z", "latestDateTime": "2024-12-30T23:59:59Z"}"#,
            with: #""deliverByWindow": {"earliestDateTime": null, "latestDateTime": 1735603199}"#)
        #expect(odd != Self.getOrder)
        let order = try JSONDecoder().decode(GetOrderResponse.self, from: Data(odd.utf8)).order
        #expect(order.fulfillment?.deliverByWindow == DateTimeRange(earliestDateTime: nil, latestDateTime: nil))
        #expect(order.fulfillment?.shipByWindow?.latestDateTime == "2024-12-27T23:59:59Z")
    }

    @Test func anOrderWithoutAWindowHasNone() throws {
        let none = Self.getOrder.replacingOccurrences(
            of: #",\s*"deliverByWindow": \{[^}]*\}"#, with: "", options: .regularExpression)
        #expect(none != Self.getOrder)
        let order = try JSONDecoder().decode(GetOrderResponse.self, from: Data(none.utf8)).order
        #expect(order.fulfillment?.deliverByWindow == nil)
    }

    /// Every official example that carries a deliver-by window decodes it as written.
    @Test(.enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"))
    func theOfficialExamplesWindowsDecode() throws {
        let spec = try #require(try SpecFiles.json("orders_2026-01-01.json"))
        var windows: [[String: Any]] = []
        func collect(_ value: Any) {
            if let object = value as? [String: Any] {
                if let window = object["deliverByWindow"] as? [String: Any] { windows.append(window) }
                object.values.forEach(collect)
            } else if let array = value as? [Any] {
                array.forEach(collect)
            }
        }
        collect((spec as? [String: Any])?["paths"] ?? [:])
        try #require(!windows.isEmpty)
        for raw in windows {
            let window = try JSONDecoder().decode(DateTimeRange.self, from: JSONSerialization.data(withJSONObject: raw))
            #expect(window.latestDateTime == raw["latestDateTime"] as? String)
            #expect(window.earliestDateTime == raw["earliestDateTime"] as? String)
            #expect(window.latestDateTime.flatMap(SPAPIDate.parse) != nil)
        }
    }
}
