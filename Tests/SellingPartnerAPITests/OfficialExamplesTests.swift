import Foundation
import Testing
@testable import SellingPartnerAPI

/// The official models' own examples must decode with our models (SPAPI.md: they are the contract).
@Suite(.enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"))
struct OfficialExamplesTests {
    /// Every 2xx example body of an operation: `examples` and the sandbox's static and dynamic responses.
    func exampleBodies(in spec: Any?, path: String, method: String) -> [Any] {
        guard let spec = spec as? [String: Any], let paths = spec["paths"] as? [String: Any],
              let operation = (paths[path] as? [String: Any])?[method] as? [String: Any],
              let responses = operation["responses"] as? [String: Any]
        else { return [] }
        var bodies: [Any] = []
        for (status, response) in responses where status.hasPrefix("2") {
            guard let response = response as? [String: Any] else { continue }
            if let examples = response["examples"] as? [String: Any] { bodies += Array(examples.values) }
            if let sandbox = response["x-amzn-api-sandbox"] as? [String: Any] {
                for kind in ["static", "dynamic"] {
                    for case let entry as [String: Any] in sandbox[kind] as? [Any] ?? [] {
                        if let body = entry["response"] { bodies.append(body) }
                    }
                }
            }
        }
        return bodies
    }

    func decode<T: Decodable>(_ type: T.Type, _ body: Any) throws -> T {
        try JSONDecoder().decode(T.self, from: JSONSerialization.data(withJSONObject: body))
    }

    @Test func searchOrdersExamplesDecode() throws {
        let bodies = exampleBodies(in: try SpecFiles.json("orders_2026-01-01.json"), path: "/orders/2026-01-01/orders", method: "get")
        try #require(!bodies.isEmpty)
        for body in bodies {
            let page = try decode(SearchOrdersResponse.self, body)
            #expect(!page.orders.isEmpty)
            #expect(page.orders.allSatisfy { !$0.orderId.isEmpty && !$0.createdTime.isEmpty })
        }
    }

    @Test func getOrderExamplesDecode() throws {
        let bodies = exampleBodies(in: try SpecFiles.json("orders_2026-01-01.json"), path: "/orders/2026-01-01/orders/{orderId}", method: "get")
        try #require(!bodies.isEmpty)
        for body in bodies {
            let order = try decode(GetOrderResponse.self, body).order
            #expect(!order.orderItems.isEmpty)
            #expect(order.proceeds?.grandTotal?.amount.isEmpty == false)
        }
    }

    /// Our confirmShipment body uses the model's field names: its sandbox request decodes into it.
    @Test func confirmShipmentSandboxRequestDecodes() throws {
        guard let spec = try SpecFiles.json("ordersV0.json") as? [String: Any],
              let operation = ((spec["paths"] as? [String: Any])?["/orders/v0/orders/{orderId}/shipmentConfirmation"] as? [String: Any])?["post"] as? [String: Any],
              let sandbox = ((operation["responses"] as? [String: Any])?["204"] as? [String: Any])?["x-amzn-api-sandbox"] as? [String: Any],
              let entries = sandbox["static"] as? [[String: Any]]
        else { return }
        for entry in entries {
            let parameters = (entry["request"] as? [String: Any])?["parameters"] as? [String: Any]
            let body = try #require((parameters?["body"] as? [String: Any])?["value"])
            let request = try decode(ConfirmShipmentRequest.self, body)
            #expect(!request.packageDetail.orderItems.isEmpty)
            #expect(!request.packageDetail.trackingNumber.isEmpty)
        }
    }
}
