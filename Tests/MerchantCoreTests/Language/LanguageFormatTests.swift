import Foundation
import Testing
@testable import MerchantCore

@Suite struct LanguageFormatTests {
    let berlin = TimeZone(identifier: "Europe/Berlin")!
    /// 2026-12-02 08:30 UTC: 09:30 in Berlin.
    let moment = Date(timeIntervalSince1970: 1_796_200_200)

    @Test func moneyInEachLanguage() {
        let m = Money(minorUnits: 123_456, currency: "EUR")
        #expect(LanguageFormat.money(m, .english) == "1234.56 EUR")
        #expect(LanguageFormat.money(m, .german) == "1.234,56 €")
        #expect(LanguageFormat.money(m, .thai) == "€1,234.56")
        #expect(LanguageFormat.money(Money(minorUnits: -490, currency: "EUR"), .german) == "-4,90 €")
        #expect(LanguageFormat.money(Money(minorUnits: -490, currency: "EUR"), .thai) == "-€4.90")
        #expect(LanguageFormat.money(Money(minorUnits: 1_500_000, currency: "JPY"), .german) == "1.500.000 ¥")
        #expect(LanguageFormat.money(Money(minorUnits: 999, currency: "SEK"), .german) == "9,99 SEK")
        #expect(LanguageFormat.money(Money(minorUnits: 999, currency: "SEK"), .thai) == "9.99 SEK")
    }

    @Test func countsGroupFromTenThousand() {
        #expect(LanguageFormat.count(1234, .german) == "1234")
        #expect(LanguageFormat.count(1_000_000, .german) == "1.000.000")
        #expect(LanguageFormat.count(1_000_000, .thai) == "1,000,000")
        #expect(LanguageFormat.count(1_000_000, .english) == "1000000")
    }

    @Test func daysInWords() {
        #expect(LanguageFormat.day(moment, .german, timeZone: berlin) == "2. Dez. 2026")
        #expect(LanguageFormat.day(moment, .thai, timeZone: berlin) == "2 ธ.ค. 2026")
        #expect(LanguageFormat.day(moment, .english, timeZone: berlin) == "2 Dec 2026")
    }

    /// A moment fits the same 16 columns in every language, so a column of them lines up.
    @Test func momentsForColumns() {
        #expect(LanguageFormat.moment(moment, .english, timeZone: berlin) == "2026-12-02 09:30")
        #expect(LanguageFormat.moment(moment, .german, timeZone: berlin) == "02.12.2026 09:30")
        #expect(LanguageFormat.moment(moment, .thai, timeZone: berlin) == "02/12/2026 09:30")
    }
}
