import Foundation
import MerchantCore

/// A setting's value as the Settings pane says it: a switch on or off in the merchant's words, an interval as
/// `merchant settings set` takes it, a language by its own name, a label format as Amazon names it (PDF).
enum SettingWords {
    static func value(_ settings: ChannelSettings, _ key: SettingKey) -> String {
        switch key {
        case .language: language(settings.language)
        case .syncInterval: settings.value(of: key)
        case .labelFormat: settings.labelFormat.wire
        case .importOrders, .importPending, .reservePending, .demoTrading:
            settings.value(of: key) == "on" ? tr("settings.value.on") : tr("settings.value.off")
        }
    }

    /// "Deutsch", "ไทย"; auto names the language the environment gives: "auto (English)".
    static func language(_ choice: LanguageChoice) -> String {
        switch choice {
        case .auto: tr("settings.language.auto", name(Language.fromEnvironment(ProcessInfo.processInfo.environment)))
        case .fixed(let language): name(language)
        }
    }

    /// Each language's name written in itself, the same whatever the console speaks (so one finds one's own).
    static func name(_ language: Language) -> String {
        switch language {
        case .english: "English"
        case .german: "Deutsch"
        case .thai: "ไทย"
        }
    }
}
