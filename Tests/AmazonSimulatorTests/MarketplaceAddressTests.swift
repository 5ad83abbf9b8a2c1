import AmazonSimulator
import Foundation
import SellingPartnerAPI
import Testing

/// Every generated buyer's address is in the marketplace's country, written as that country writes it: an Amazon.de
/// order goes to a German town with a five-digit postcode, whatever the buyer's name sounds like.
@Suite struct MarketplaceAddressTests {
    static let towns: [String: (country: String, postcode: String, towns: Set<String>)] = [
        "A1PA6795UKMFR9": ("DE", #"\d{5}"#, ["Berlin", "München", "Köln", "Düsseldorf", "Görlitz"]),
        "A1F83G8C2ARO7P": ("GB", #"[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}"#, ["London", "Manchester", "Leeds", "Bristol"]),
        "A1VC38T7YXB528": ("JP", #"\d{3}-\d{4}"#, ["東京都", "大阪市", "京都市"]),
    ]

    @Test func everyGeneratedOrdersAddressMatchesItsMarketplace() async throws {
        let fixture = try SimulatorFixture()
        try fixture.simulator.advance(minutes: 2 * 24 * 60, seed: 5)
        let orders = try await fixture.searchAll().filter { $0.recipient?.deliveryAddress != nil }
        #expect(orders.count > 500)
        for order in orders {
            let address = try #require(order.recipient?.deliveryAddress)
            let expected = try #require(Self.towns[order.salesChannel.marketplaceId ?? ""])
            let postcode = try Regex(expected.postcode)
            #expect(address.countryCode == expected.country, "\(order.orderId)")
            let postal = address.postalCode ?? "", city = address.city ?? ""
            #expect(postal.wholeMatch(of: postcode) != nil, "\(order.orderId): \(postal)")
            #expect(expected.towns.contains(city), "\(order.orderId): \(city)")
        }
        // The fault this guards against came from buyers whose names are of another country: they are still there.
        let germany = orders.filter { $0.salesChannel.marketplaceId == "A1PA6795UKMFR9" }
        #expect(germany.contains { ($0.buyer?.buyerName ?? "").unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) } })
    }
}
