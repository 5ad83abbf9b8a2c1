import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// The store's answer to a switch: the flash says what was saved; the frame reads the overview again.
    static func settingsMessage(_ s: inout ConsoleState, _ message: SettingsMessage) -> [Effect] {
        switch message {
        case .saved(let key, let settings): settingSaved(&s, key, settings)
        case .productSaved(let product): productSaved(&s, product)
        }
        return [.loadOverview]
    }

    /// A channel setting was stored: the merchant reads it, and when it counts (R28). The language counts at once.
    static func settingSaved(_ s: inout ConsoleState, _ key: SettingKey, _ settings: ChannelSettings) {
        s.overview.settings = settings
        if key == .language {
            languageSaved(&s, settings.language)
            return
        }
        if key == .labelFormat {
            // Not the sync's: the next label is bought so.
            s.flash = Flash(text: tr("settings.saved.label-format", settings.labelFormat.wire), kind: .saved)
            return
        }
        s.flash = Flash(text: tr("settings.saved", key.title, SettingWords.value(settings, key)), kind: .saved)
    }

    /// The console speaks the chosen language from the next frame on, and says so in it. A task that speaks a
    /// language of its own (a test's `Language.$override`) keeps the process's language as it is: only the
    /// console's state changes, and `ConsoleProgram` draws in it.
    static func languageSaved(_ s: inout ConsoleState, _ choice: LanguageChoice) {
        let language = choice.language(in: ProcessInfo.processInfo.environment)
        if Language.override == nil { Language.startWith(language) }
        s.settings.language = language
        let text = Language.$override.withValue(language) { tr("settings.saved.language", SettingWords.language(choice)) }
        s.flash = Flash(text: text, kind: .saved)
    }

    /// A product's FBA switch was stored. Switching it on without stock at Amazon is allowed (stock may be
    /// on its way), but the merchant is told, in the same message, that Amazon cannot fulfil orders yet (R27).
    static func productSaved(_ s: inout ConsoleState, _ product: Product) {
        let saved = product.fba ? tr("settings.saved.fba.on", product.sku) : tr("settings.saved.fba.off", product.sku)
        // The stock as the pane showed it when Space was pressed; the reload that follows does not change it.
        let stock = s.overview.catalog.first { $0.product.sku == product.sku }?.fbaStock
        if product.fba, let warning = FBARules.warningOnSwitchingOn(sku: product.sku, stock: stock) {
            s.flash = Flash(text: "\(saved) \(warning)", kind: .warning)
        } else {
            s.flash = Flash(text: saved, kind: .saved)
        }
    }
}
