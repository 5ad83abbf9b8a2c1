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

    /// A channel setting was stored: the merchant reads it, and when it counts (R28).
    static func settingSaved(_ s: inout ConsoleState, _ key: SettingKey, _ settings: ChannelSettings) {
        s.overview.settings = settings
        s.flash = Flash(text: "Saved: \(key.title) is \(settings.value(of: key)); it takes effect at the next sync.", kind: .saved)
    }

    /// A product's FBA switch was stored. Switching it on without stock at Amazon is allowed (stock may be
    /// on its way), but the merchant is told, in the same message, that Amazon cannot fulfil orders yet (R27).
    static func productSaved(_ s: inout ConsoleState, _ product: Product) {
        let saved = "Saved: \(product.sku) is \(product.fba ? "fulfilled by Amazon (FBA)" : "shipped by you (no FBA)")."
        // The stock as the pane showed it when Space was pressed; the reload that follows does not change it.
        let stock = s.overview.catalog.first { $0.product.sku == product.sku }?.fbaStock
        if product.fba, let warning = FBARules.warningOnSwitchingOn(sku: product.sku, stock: stock) {
            s.flash = Flash(text: "\(saved) \(warning)", kind: .warning)
        } else {
            s.flash = Flash(text: saved, kind: .saved)
        }
    }
}
