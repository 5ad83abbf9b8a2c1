import Testing
@testable import MerchantCore

@Suite struct LanguageChoiceTests {
    @Test func theEnvironmentIsReadTheWayGettextReadsIt() {
        #expect(Language.fromEnvironment([:]) == .english)
        #expect(Language.fromEnvironment(["LANG": "de_DE.UTF-8"]) == .german)
        #expect(Language.fromEnvironment(["LANG": "th_TH.UTF-8"]) == .thai)
        #expect(Language.fromEnvironment(["LANG": "de"]) == .german)
        #expect(Language.fromEnvironment(["LANG": "de_AT@euro"]) == .german)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .english)
        // LC_ALL wins over LANG, LC_MESSAGES over LANG, and a language we don't speak means English.
        #expect(Language.fromEnvironment(["LC_ALL": "th_TH.UTF-8", "LANG": "de_DE.UTF-8"]) == .thai)
        #expect(Language.fromEnvironment(["LC_MESSAGES": "de_DE", "LANG": "th_TH"]) == .german)
        #expect(Language.fromEnvironment(["LC_ALL": "fr_FR.UTF-8", "LANG": "de_DE.UTF-8"]) == .english)
        // LANGUAGE is a list: the first language we speak wins, before any locale variable.
        #expect(Language.fromEnvironment(["LANGUAGE": "fr:th:de", "LANG": "de_DE.UTF-8"]) == .thai)
        #expect(Language.fromEnvironment(["LANGUAGE": "", "LANG": "de_DE.UTF-8"]) == .german)
    }

    @Test func theSettingOverridesTheEnvironment() {
        let env = ["LANG": "de_DE.UTF-8"]
        #expect(LanguageChoice("auto")?.language(in: env) == .german)
        #expect(LanguageChoice("th")?.language(in: env) == .thai)
        #expect(LanguageChoice("EN")?.language(in: env) == .english)
        #expect(LanguageChoice("fr") == nil)
    }

    // R30: a language the program does not speak is refused and changes nothing.
    @Test func anUnknownLanguageIsRefused() throws {
        let settings = ChannelSettings(sellerId: "A1", marketplaceIds: ["A1PA6795UKMFR9"], connectedAt: .init(timeIntervalSince1970: 0))
        #expect(throws: SettingError.notALanguage("klingon")) { try settings.setting(.language, to: "klingon") }
        #expect(try settings.setting(.language, to: "th").language == .fixed(.thai))
        #expect(settings.language == .auto)
    }
}
