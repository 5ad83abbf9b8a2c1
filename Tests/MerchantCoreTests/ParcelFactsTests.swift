import MerchantCore
import Testing

/// Weights, sizes, barcodes and bins as merchants type them, and what is refused (R30: a clear message).
@Suite struct ParcelFactsTests {
    @Test(arguments: [("350g", 350), ("350 g", 350), ("0.35kg", 350), ("1,2 kg", 1200), ("12oz", 340), ("1.5lb", 680), ("2 KG", 2000)])
    func weightsInEveryUnit(text: String, grams: Int) throws {
        #expect(try Weight.parse(text).grams == grams)
    }

    @Test func weightsReadBack() throws {
        #expect(try Weight.parse("350g").description == "350 g")
        #expect(try Weight.parse("1,25kg").description == "1.25 kg")
        #expect(try Weight.parse("2kg").description == "2 kg")
    }

    @Test func aKilogramWeightReadsWithTheGermanDecimalComma() throws {
        let weight = try Weight.parse("1,25 kg")
        #expect(Language.$override.withValue(.german) { weight.description } == "1,25 kg")
        #expect(Language.$override.withValue(.english) { weight.description } == "1.25 kg")
    }

    // R30
    @Test(arguments: ["", "350", "kg", "1.200 g", "1,2,3kg", "-3kg", "3 stone", "0g", "2000kg", "1.5.kg"])
    func badWeightsAreRefused(text: String) {
        #expect(throws: ParcelError.self) { try Weight.parse(text) }
    }

    @Test func gramsWithASeparatorSayWhy() {
        #expect(throws: ParcelError.gramsNotWhole("1.200 g")) { try Weight.parse("1.200 g") }
    }

    @Test func sizesInEveryUnit() throws {
        #expect(try PackageSize.parse("20x15x10cm").millimetres == [200, 150, 100])
        #expect(try PackageSize.parse("200 x 150 x 100 mm").millimetres == [200, 150, 100])
        #expect(try PackageSize.parse("8x6x4in").millimetres == [203, 152, 102])
        #expect(try PackageSize.parse("20,5 × 15 × 10 cm").millimetres == [205, 150, 100])
        #expect(try PackageSize.parse("20x15x10cm").description == "20 × 15 × 10 cm")
        #expect(try PackageSize.parse("205x150x100mm").description == "205 × 150 × 100 mm")
    }

    // R30
    @Test(arguments: ["20x15cm", "20x15x10", "20x15x10 ft", "axbxccm", "20x15x0cm", "20x15x10x5cm", "400x15x10cm"])
    func badSizesAreRefused(text: String) {
        #expect(throws: ParcelError.self) { try PackageSize.parse(text) }
    }

    @Test func gtinsOfEveryLengthWithTheirCheckDigit() throws {
        #expect(try GTIN.parse("4006381333931").digits == "4006381333931")      // EAN-13
        #expect(try GTIN.parse("96385074").digits == "96385074")                // EAN-8
        #expect(try GTIN.parse("036000291452").digits == "036000291452")        // UPC-A
        #expect(try GTIN.parse("10614141000415").digits == "10614141000415")    // GTIN-14
        #expect(try GTIN.parse("400 6381 33393 1").digits == "4006381333931")   // as a label groups it
    }

    // R30: a wrong last digit is refused with the one it should be.
    @Test func aWrongCheckDigitNamesTheRightOne() {
        #expect(throws: ParcelError.gtinCheckDigit("4006381333932", expected: 1)) { try GTIN.parse("4006381333932") }
        #expect(ParcelError.gtinCheckDigit("4006381333932", expected: 1).description.contains("should be 1"))
    }

    @Test(arguments: ["", "400638133393", "40063813339311", "4006381333931X", "４００６３８１３３３９３１", "123456789"])
    func notAGTIN(text: String) {
        #expect(throws: ParcelError.self) { try GTIN.parse(text) }
    }

    @Test func aUPCIsFoundAsTheEANAScannerTypes() throws {
        #expect(try GTIN.parse("036000291452").equivalents.contains("0036000291452"))
        #expect(try GTIN.parse("0036000291452").equivalents.contains("036000291452"))
    }

    @Test func binsAreShortPrintableText() throws {
        #expect(try BinLocation.parse("  A-03-2 ").text == "A-03-2")
        #expect(try BinLocation.parse("Regal 4 / Fach 12").text == "Regal 4 / Fach 12")
        #expect(try BinLocation.parse("棚3-上段").text == "棚3-上段")
        #expect(throws: ParcelError.emptyBin) { try BinLocation.parse("   ") }
        #expect(throws: ParcelError.self) { try BinLocation.parse(String(repeating: "A", count: 21)) }
        #expect(throws: ParcelError.binNotPrintable) { try BinLocation.parse("A\u{1B}[2J") }
        #expect(throws: ParcelError.binNotPrintable) { try BinLocation.parse("A\u{202E}1") }
    }
}
