import Foundation
import Testing
@testable import MerchantCore

@Suite struct TranslateTests {
    @Test func placesTakeTheArgumentsInTheirOrder() {
        #expect(Template.fill("{2} für {1}", ["Anna", "Tasse"], .german) == "Tasse für Anna")
        #expect(Template.fill("no places", [], .english) == "no places")
        // A place without its argument stays as written, so a slip shows instead of crashing.
        #expect(Template.fill("{3}", ["a"], .english) == "{3}")
    }

    @Test func pluralWordsFollowTheNumber() {
        let text = "{1} {1|Einheit|Einheiten}"
        #expect(Template.fill(text, [1], .german) == "1 Einheit")
        #expect(Template.fill(text, [2], .german) == "2 Einheiten")
        #expect(Template.fill(text, [0], .german) == "0 Einheiten")
        #expect(Template.fill("{1} หน่วย", [2], .thai) == "2 หน่วย")
    }

    @Test func moneyIsWrittenTheLanguagesWay() {
        let price = Money(minorUnits: 123_456, currency: "EUR")
        #expect(Template.fill("{1}", [price], .english) == "1234.56 EUR")
        #expect(Template.fill("{1}", [price], .german) == "1.234,56 €")
        #expect(Template.fill("{1}", [price], .thai) == "€1,234.56")
    }

    @Test func theLanguageOfATaskIsItsOwn() {
        Language.$override.withValue(.german) {
            #expect(tr("common.list", "A, B", "C") == "A, B und C")
        }
        Language.$override.withValue(.thai) {
            #expect(tr("common.list", "A, B", "C") == "A, B และ C")
        }
        Language.$override.withValue(.english) {
            #expect(tr("common.list", "A, B", "C") == "A, B and C")
        }
    }

    @Test func catalogueLinesKeepTheirTextAndBreakAtBackslashN() {
        let lines = Catalogue.lines("""
            # a comment
            a.b = one = two
              c.d =  x\\ny
            """)
        #expect(lines.map(\.key) == ["a.b", "c.d"])
        #expect(lines.map(\.text) == ["one = two", "x\ny"])
    }
}
