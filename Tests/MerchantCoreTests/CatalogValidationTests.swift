import Testing
import MerchantCore

@Suite("Catalog: ASINs, SKUs and quantities the merchant types")
struct CatalogValidationTests {
    @Test func aProductIsSoldOnAmazonOnlyWithAnAsin() {
        // R24
        var product = Product(sku: "MUG-1", title: "Mug", stockOnHand: 3)
        #expect(!product.isSoldOnAmazon)
        product.asin = "B0DEMO0001"
        #expect(product.isSoldOnAmazon)
    }

    @Test("a valid ASIN is accepted and written in capitals", arguments: [
        ("B0DEMO0001", "B0DEMO0001"), ("b0demo0001", "B0DEMO0001"), ("0123456789", "0123456789"),
    ])
    func validAsin(text: String, expected: String) throws {
        // R24
        #expect(try CatalogValidation.asin(text) == expected)
    }

    @Test("an ASIN that is not ten ASCII letters and digits is refused", arguments: [
        "B0DEMO001", "B0DEMO00011", "B0DEMO00ü1", "B0DEMO-001", "B0DEMO 001", "", "Ｂ0DEMO0001",
    ])
    func invalidAsin(text: String) {
        // R24, R30
        let error = #expect(throws: CatalogError.self) { try CatalogValidation.asin(text) }
        #expect(error == .invalidAsin(text))
        #expect(error?.description == "\"\(text)\" is not an ASIN: an ASIN has ten letters and digits, like B0DEMO0001")
    }

    @Test("an ASIN is checked as typed, not after changing case", arguments: [
        "B0DEMO00ß",   // nine characters; "ß".uppercased() is "SS"
        "B0DEMO000ı",  // dotless ı uppercases to ASCII I
        "B0DEMO00ﬀ",   // the ligature uppercases to "FF"
    ])
    func asinIsValidatedBeforeUppercasing(text: String) {
        // R24, R30
        #expect(throws: CatalogError.invalidAsin(text)) { try CatalogValidation.asin(text) }
    }

    @Test("a SKU is 1 to 40 printable ASCII characters, trimmed", arguments: [
        ("MUG-1", "MUG-1"), ("  MUG-1 ", "MUG-1"), (String(repeating: "A", count: 40), String(repeating: "A", count: 40)),
    ])
    func validSku(text: String, expected: String) throws {
        #expect(try CatalogValidation.sku(text) == expected)
    }

    @Test("anything else is not a SKU", arguments: ["", "   ", "MUG 1", "MÜG-1", String(repeating: "A", count: 41), "MUG\t1"])
    func invalidSku(text: String) {
        // R30
        let error = #expect(throws: CatalogError.self) { try CatalogValidation.sku(text) }
        #expect(error == .invalidSku(text))
        #expect(error?.description.contains("1 to 40 printable ASCII characters") == true)
    }

    @Test func quantitiesAreWholeNumbersFromZero() throws {
        // R30
        #expect(try CatalogValidation.quantity(0, field: "stock") == 0)
        #expect(try CatalogValidation.quantity(10_000_000, field: "stock") == 10_000_000)
        let error = #expect(throws: CatalogError.self) { try CatalogValidation.quantity(-1, field: "stock") }
        #expect(error?.description == "-1 is not a valid stock: use a whole number from 0 up")
        #expect(throws: CatalogError.invalidQuantity("stock", 10_000_001)) { try CatalogValidation.quantity(10_000_001, field: "stock") }
    }

    @Test("handling time is 0 to 30 days", arguments: [(0, true), (30, true), (2, true), (-1, false), (31, false)])
    func handlingDays(days: Int, accepted: Bool) {
        // R24
        if accepted {
            #expect((try? CatalogValidation.handlingDays(days)) == days)
        } else {
            let error = #expect(throws: CatalogError.self) { try CatalogValidation.handlingDays(days) }
            #expect(error?.description == "\(days) days is not a handling time Amazon accepts: use 0 to 30")
        }
    }
}
