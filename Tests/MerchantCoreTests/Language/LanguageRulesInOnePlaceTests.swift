import Testing
@testable import MerchantCore

/// The small rules of a language each kept in one place: how a sentence ends, the decimal mark, what answers yes.
@Suite struct LanguageRulesInOnePlaceTests {
    @Test func thaiEndsASentenceWithNoFullStop() {
        #expect(Sentence.end("ส่งแล้ว  ", .thai) == "ส่งแล้ว")
        #expect(Sentence.end("Versendet", .german) == "Versendet.")
        #expect(Sentence.end("shipped", .english) == "shipped.")
        #expect(Sentence.end("Done?", .english) == "Done?")
        // The process's language decides when none is given.
        #expect(Language.$override.withValue(.thai) { Sentence.end("ส่งแล้ว") } == "ส่งแล้ว")
    }

    @Test func theDecimalMarkIsTheLanguagesEverywhere() {
        #expect(LanguageFormat.decimal("1.2", .german) == "1,2")
        #expect(LanguageFormat.decimal("1.2", .thai) == "1.2")
        #expect(LanguageFormat.decimal("1.2", .english) == "1.2")
        // A weight and an amount take it from the same place.
        let weight = try? Weight.parse("1200g")
        #expect(Language.$override.withValue(.german) { weight?.description } == "1,2 kg")
        #expect(Language.$override.withValue(.thai) { weight?.description } == "1.2 kg")
        #expect(LanguageFormat.money(Money(minorUnits: 123456, currency: "EUR"), .german) == "1.234,56 €")
    }

    @Test func jAnswersYesInGermanOnlyAndYAndNEverywhere() {
        for language in Language.allCases {
            #expect(YesAnswer.isYes("y", language) && YesAnswer.isYes("YES", language))
            #expect(YesAnswer.isNo("n", language) && !YesAnswer.isYes("n", language))
        }
        #expect(YesAnswer.isYes("j", .german) && YesAnswer.isYes("Ja", .german))
        #expect(!YesAnswer.isYes("j", .english) && !YesAnswer.isYes("j", .thai))
        #expect(YesAnswer.isNo("nein", .german) && !YesAnswer.isNo("nein", .english))
        // Nothing else says yes: a question never defaults to it.
        #expect(!YesAnswer.isYes("", .german) && !YesAnswer.isYes("jn", .german))
    }
}
