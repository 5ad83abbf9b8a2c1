import Testing
import MerchantCore

@Suite("Money: exact amounts in minor units")
struct MoneyTests {
    @Test("decimal text parses exactly into minor units", arguments: [
        ("49.98", "EUR", Int64(4998)),
        ("0.05", "EUR", 5),
        ("12.30", "EUR", 1230),
        ("12.3", "EUR", 1230),
        ("7", "GBP", 700),
        ("1500", "JPY", 1500),
        ("1500.00", "JPY", 1500),     // trailing zeros beyond the currency's digits are harmless
        ("1.005", "KWD", 1005),       // three-digit currency
        ("  49.98 ", "EUR", 4998),
    ])
    func parsesExactly(text: String, currency: String, minor: Int64) throws {
        let money = try Money(parsing: text, currency: currency)
        #expect(money.minorUnits == minor)
        #expect(money.currency == currency)
    }

    @Test func currencyCodeIsNormalisedToUppercase() throws {
        #expect(try Money(parsing: "49.98", currency: "eur") == Money(minorUnits: 4998, currency: "EUR"))
    }

    @Test func yenRefusesAFraction() {
        #expect(throws: MoneyError.tooManyDecimals("1500.5", currency: "JPY", allowed: 0)) {
            try Money(parsing: "1500.5", currency: "JPY")
        }
    }

    @Test func tenthPlusTwoTenthsIsExactlyThirtyCents() throws {
        let sum = try Money(parsing: "0.1", currency: "EUR").adding(Money(parsing: "0.2", currency: "EUR"))
        #expect(sum == (try Money(parsing: "0.30", currency: "EUR")))
        #expect(sum.minorUnits == 30)
        #expect(sum.amountText == "0.30")
    }

    @Test("malformed text is refused with a message showing the expected form", arguments: [
        "1,000.00", "1e9", "NaN", "١٢", "", ".", "1.", ".5", "4 9", "12.3.4", "1-", "+-1", "€12", "12.-3",
    ])
    func refusesMalformed(text: String) {
        let error = #expect(throws: MoneyError.self) { try Money(parsing: text, currency: "EUR") }
        #expect(error == .malformed(text))
        #expect(error?.description == "\"\(text)\" is not an amount: write digits with an optional decimal point or comma, like 49.98 or 49,98")
    }

    @Test func refusesANegativeAmountUnlessAllowed() throws {
        let error = #expect(throws: MoneyError.self) { try Money(parsing: "-1", currency: "EUR") }
        #expect(error == .negative("-1"))
        #expect(error?.description.contains("\"-1\" is negative") == true)
        #expect(try Money(parsing: "-3.50", currency: "EUR", allowNegative: true).minorUnits == -350)
    }

    @Test func refusesMoreDecimalsThanTheCurrencyHas() {
        let error = #expect(throws: MoneyError.self) { try Money(parsing: "12.345", currency: "EUR") }
        #expect(error == .tooManyDecimals("12.345", currency: "EUR", allowed: 2))
        #expect(error?.description == "\"12.345\" has more decimals than EUR allows (2)")
    }

    @Test func refusesAnAmountTooLargeToHoldExactly() {
        #expect(throws: MoneyError.tooLarge("1234567890123456")) { try Money(parsing: "1234567890123456", currency: "EUR") }
        #expect((try? Money(parsing: "999999999999999.99", currency: "EUR"))?.minorUnits == 99_999_999_999_999_999)
    }

    @Test("a currency code must be three ASCII letters", arguments: ["EURO", "€", "E1R", "", "ÉUR"])
    func refusesUnknownCurrency(code: String) {
        let error = #expect(throws: MoneyError.self) { try Money(parsing: "1.00", currency: code) }
        #expect(error == .unknownCurrency(code))
        #expect(error?.description.contains("EUR or JPY") == true)
    }

    @Test("amountText writes what SP-API expects and parses back to the same amount", arguments: [
        ("49.98", "EUR"), ("0.05", "EUR"), ("0.00", "EUR"), ("1500", "JPY"), ("1.005", "KWD"), ("0.010", "BHD"),
        ("-3.50", "EUR"), ("-1500", "JPY"), ("100.00", "USD"),
    ])
    func amountTextRoundTrips(text: String, currency: String) throws {
        let money = try Money(parsing: text, currency: currency, allowNegative: true)
        #expect(money.amountText == text)
        #expect(try Money(parsing: money.amountText, currency: currency, allowNegative: true) == money)
        #expect(money.description == "\(text) \(currency)")
    }

    @Test func amountTextPadsCentsAndHasNoDecimalsForYen() {
        #expect(Money(minorUnits: 4998, currency: "EUR").amountText == "49.98")
        #expect(Money(minorUnits: 7, currency: "EUR").amountText == "0.07")
        #expect(Money(minorUnits: -5, currency: "EUR").amountText == "-0.05")
        #expect(Money(minorUnits: 1500, currency: "JPY").amountText == "1500")
    }

    @Test func combiningTwoCurrenciesIsRefused() {
        let euros = Money(minorUnits: 100, currency: "EUR")
        let pounds = Money(minorUnits: 100, currency: "GBP")
        let added = #expect(throws: MoneyError.self) { try euros.adding(pounds) }
        #expect(added == .currencyMismatch("EUR", "GBP"))
        #expect(added?.description == "cannot combine EUR and GBP")
        #expect(throws: MoneyError.currencyMismatch("EUR", "GBP")) { try euros.subtracting(pounds) }
    }

    @Test func arithmeticStaysInMinorUnits() throws {
        let price = Money(minorUnits: 1999, currency: "EUR")
        #expect(price.times(3) == Money(minorUnits: 5997, currency: "EUR"))
        #expect(try price.subtracting(Money(minorUnits: 2000, currency: "EUR")).amountText == "-0.01")
        #expect(Money.zero("JPY") == Money(minorUnits: 0, currency: "JPY"))
        #expect(Money(minorUnits: 1, currency: "EUR") < Money(minorUnits: 2, currency: "EUR"))
    }
}
