import Testing
import MerchantCore

@Suite("Typed amounts: a decimal comma reads as a merchant means it, in the console and on the command line")
struct TypedAmountTests {
    @Test("a decimal comma, German and English grouping, and yen with thousands read exactly", arguments: [
        ("5,00", "EUR", Int64(500)),
        ("5,5", "EUR", 550),
        ("12,90", "EUR", 1290),
        ("1.234,56", "EUR", 123_456),
        ("1.234.567,89", "EUR", 123_456_789),
        ("1,234.56", "USD", 123_456),
        ("12.90", "EUR", 1290),
        ("5", "EUR", 500),
        ("0,125", "KWD", 125),
        ("1,500", "JPY", 1500),
        ("1.500", "JPY", 1500),
        (" 5,00 ", "EUR", 500),
    ])
    func readsWhatAMerchantTypes(text: String, currency: String, minor: Int64) throws {
        // R22: the amount a refund is checked against is the amount the merchant meant.
        #expect(try Money(typed: text, currency: currency) == Money(minorUnits: minor, currency: currency))
    }

    @Test("a separator followed by three digits in a currency with cents is refused as unclear, saying what to write")
    func threeDigitsAfterOneSeparatorIsUnclear() {
        // R30: bad input is refused with words that say how to write it.
        for text in ["1,234", "1.234"] {
            let error = #expect(throws: MoneyError.self) { try Money(typed: text, currency: "EUR") }
            #expect(error == .ambiguous(text, currency: "EUR", allowed: 2))
            #expect(error?.description == "\"\(text)\" is unclear: write 1234 for a thousand and more, or at most 2 decimals for EUR, like 1,23 or 1.23")
        }
    }

    @Test("grouping in the wrong places, two decimal marks, and other junk are refused naming what was typed", arguments: [
        "1.000.00", "1,00,0", "12,3,4", "1,2.3,4", "1.", ",5", "1e9", "NaN", "١٢", "", "€12", "12,-3", "1 000",
    ])
    func refusesMalformed(text: String) {
        let error = #expect(throws: MoneyError.self) { try Money(typed: text, currency: "EUR") }
        #expect(error == .malformed(text))
    }

    @Test("the other refusals name what was typed, not the form it was read as")
    func refusalsNameTheTypedText() {
        #expect(throws: MoneyError.negative("-5,00")) { try Money(typed: "-5,00", currency: "EUR") }
        #expect(throws: MoneyError.tooManyDecimals("1,5", currency: "JPY", allowed: 0)) { try Money(typed: "1,5", currency: "JPY") }
        // Four digits before the comma cannot be a thousands group: three decimals, too many for euros.
        #expect(throws: MoneyError.tooManyDecimals("1234,567", currency: "EUR", allowed: 2)) { try Money(typed: "1234,567", currency: "EUR") }
    }

    @Test("what Amazon sends stays strict: a decimal comma is not an SP-API amount")
    func spapiAmountsStayStrict() {
        #expect(throws: MoneyError.malformed("5,00")) { try Money(parsing: "5,00", currency: "EUR") }
    }
}
