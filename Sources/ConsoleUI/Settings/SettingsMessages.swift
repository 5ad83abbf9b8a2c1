import Foundation
import MerchantCore
import MerchantStore

/// The Settings pane's store operations, run by `StoreEffects`: saved at once, used from the next sync (R28).
public enum SettingsEffect: Sendable, Equatable {
    /// `merchant settings set`'s store operation.
    case save(SettingKey, String)
    /// A product's FBA switch: Amazon fulfils its orders, or the merchant ships them.
    case setFBA(sku: String, on: Bool)
}

/// What the store answered the Settings pane.
public enum SettingsMessage: Sendable {
    case saved(SettingKey, ChannelSettings)
    case productSaved(Product)
}

extension StoreEffects {
    /// The same operations as the command line: the store checks them and refuses with its reasons (R30).
    func performSettingsEffect(_ effect: SettingsEffect) -> Message {
        do {
            switch effect {
            case .save(let key, let value):
                return .settings(.saved(key, try store.setSetting(key, to: value, actor: actor, at: now())))
            case .setFBA(let sku, let on):
                return .settings(.productSaved(try store.updateProduct(sku: sku, ProductChange(fba: on), actor: actor, at: now())))
            }
        } catch {
            return .refused("\(error)")
        }
    }
}
