import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// A fresh simulator in a temporary folder on a manual clock.
struct SimulatorFixture {
    let clock: ManualClock
    let simulator: AmazonSimulator
    let folder: URL

    static let listings = [
        SimulatedListing(sku: "MUG-BLAU-350", asin: "B0DEMO0001", title: "Kaffeebecher Blau 350 ml", price: "12.90", fba: false),
        SimulatedListing(sku: "TEE-MATCHA-100", asin: "B0DEMO0004", title: "抹茶 Matcha Pulver 100 g", price: "24.00", fba: true),
        SimulatedListing(sku: "BECHER-THAI", asin: "B0DEMO0010", title: "ถ้วยชาไทย Thai Tea Cup", price: "14.00", fba: false),
        SimulatedListing(sku: "KANNE-GUSS-1L", asin: "B0DEMO0005", title: "Gusseisen-Teekanne 1 l", price: "49.99", fba: true),
        SimulatedListing(sku: "UNBEKANNT-42", asin: "B0DEMO9999", title: "A SKU the catalog does not know", price: "7.50", fba: false),
    ]
    static let marketplaces = ["A1PA6795UKMFR9", "A1F83G8C2ARO7P", "A1VC38T7YXB528"]

    init(seed: UInt64 = 42, throttling: Bool = false) throws {
        clock = ManualClock()
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("sim-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        simulator = try AmazonSimulator.create(
            at: folder.appendingPathComponent("amazon.sqlite").path,
            account: SimulatedAccountSetup(sellerId: "A2DEMOSELLER01", marketplaceIds: Self.marketplaces, listings: Self.listings, seed: seed),
            clock: clock)
        try simulator.setThrottling(enabled: throttling)
    }

    func get(_ path: String, _ query: [(String, String)] = []) async throws -> HTTPResponse {
        try await simulator.send(HTTPRequest(method: "GET", path: path, query: query))
    }

    func send(_ method: String, _ path: String, json: String, headers: [String: String] = [:], query: [(String, String)] = []) async throws -> HTTPResponse {
        try await simulator.send(HTTPRequest(method: method, path: path, query: query, headers: headers, body: Data(json.utf8)))
    }

    /// Every order updated since `since`, following nextToken; `between` runs between pages.
    func searchAll(since: String = "2000-01-01T00:00:00Z", pageSize: Int = 100, included: String = "BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES",
                   between: () throws -> Void = {}) async throws -> [Order] {
        var orders: [Order] = []
        var token: String?
        repeat {
            var query = [("lastUpdatedAfter", since), ("marketplaceIds", Self.marketplaces.joined(separator: ",")),
                         ("maxResultsPerPage", String(pageSize)), ("includedData", included)]
            if let token { query.append(("paginationToken", token)) }
            let response = try await get("/orders/2026-01-01/orders", query)
            #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
            let page = try JSONDecoder().decode(SearchOrdersResponse.self, from: response.body)
            orders += page.orders
            token = page.pagination?.nextToken
            try between()
        } while token != nil
        return orders
    }

    func order(_ id: String, included: String = "BUYER,RECIPIENT,PROCEEDS,FULFILLMENT,PACKAGES") async throws -> Order {
        let response = try await get("/orders/2026-01-01/orders/\(id)", [("includedData", included)])
        #expect(response.status == 200)
        return try JSONDecoder().decode(GetOrderResponse.self, from: response.body).order
    }

    func errorCode(_ response: HTTPResponse) -> String? {
        (try? JSONDecoder().decode(SPAPIErrorList.self, from: response.body))?.errors.first?.code
    }
}
