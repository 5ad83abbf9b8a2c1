import MerchantCore
import Testing

/// A blocked order's reason read back from the sentence the store keeps, in a few words, with its fix (R5).
@Suite struct BlockedOrderFixTests {
    static let all: [Blocker] = [
        .unknownSku("AMZ-LEGACY-TASSE"), .productDisabled("GESCHENK-SET"), .missingAsin("NOASIN-SHOP-ONLY"),
        .stockShort(sku: "MILCH-SCHAEUMER", needed: 3, available: 1),
    ]

    @Test func everyBlockerIsReadBackFromItsSentence() {
        // R5: what the merchant reads on the order is what the console offers to fix.
        for blocker in Self.all { #expect(Blocker(description: blocker.description) == blocker) }
        // A SKU with spaces or the words of the sentence in it still reads back.
        let odd = Blocker.stockShort(sku: "A is short: needs B", needed: 12, available: 0)
        #expect(Blocker(description: odd.description) == odd)
        #expect(Blocker(description: "something else") == nil)
        #expect(Blocker(description: "stock of X is short: needs many, 0 available") == nil)
    }

    @Test func aRowSaysWhyInElevenColumns() {
        #expect(Self.all.map(\.shortReason) == ["unknown SKU", "disabled", "no ASIN", "short of 2"])
        #expect(Self.all.allSatisfy { $0.shortReason.count <= 11 })
    }

    @Test func eachBlockerHasItsFix() {
        // R5: map the SKU, enable the product, or restock it.
        #expect(Self.all.map(\.fix) == [
            .mapSku(amazonSku: "AMZ-LEGACY-TASSE"), .enable(sku: "GESCHENK-SET"), .setAsin(sku: "NOASIN-SHOP-ONLY"),
            .restock(sku: "MILCH-SCHAEUMER", short: 2),
        ])
    }
}

/// The carrier's public tracking page for a shipped package; none for a carrier without one.
@Suite struct CarrierTrackingLinkTests {
    @Test func knownCarriersLinkToTheirTrackingPage() {
        #expect(CarrierTrackingLink.url(for: .ups, trackingNumber: "1Z5R89390357567127") == "https://www.ups.com/track?tracknum=1Z5R89390357567127")
        #expect(CarrierTrackingLink.url(for: .dhl, trackingNumber: "00340434161234567895")
            == "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=00340434161234567895")
        let withPages: [Carrier] = [.dhl, .dhlExpress, .deutschePost, .dpd, .gls, .hermes, .ups, .usps, .fedEx, .royalMail, .yamato, .sagawa, .japanPost]
        for carrier in withPages {
            #expect(CarrierTrackingLink.url(for: carrier, trackingNumber: "123")?.hasPrefix("https://") == true, "\(carrier)")
        }
    }

    @Test func aStoredPackageIsLinkedByItsCarrierCode() {
        #expect(CarrierTrackingLink.url(carrier: "DHL", trackingNumber: "00340434161234567895")?.contains("piececode=00340434161234567895") == true)
        #expect(CarrierTrackingLink.url(carrier: "Royal Mail", trackingNumber: "AB123456789GB")?.hasSuffix("AB123456789GB") == true)
        // Amazon's codes for the Japanese carriers (Amazon.co.jp).
        #expect(CarrierTrackingLink.url(carrier: "YamatoTransport", trackingNumber: "444413758703")?.hasPrefix("https://toi.kuronekoyamato.co.jp/") == true)
    }

    @Test func unknownCarriersHaveNoLink() throws {
        #expect(CarrierTrackingLink.url(for: .other(try CarrierName("Kurier Müller")), trackingNumber: "123") == nil)
        #expect(CarrierTrackingLink.url(carrier: "AMZN_DE", trackingNumber: "TBA123456789012") == nil)
        #expect(CarrierTrackingLink.url(carrier: nil, trackingNumber: "123") == nil)
        #expect(CarrierTrackingLink.url(for: .ups, trackingNumber: "") == nil)
        // A number is text from outside: written into the link encoded, never as more of the URL.
        #expect(CarrierTrackingLink.url(for: .ups, trackingNumber: "1Z 5R&x=1") == "https://www.ups.com/track?tracknum=1Z%205R%26x%3D1")
    }
}
