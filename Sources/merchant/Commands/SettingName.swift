import MerchantCore

/// A setting as `merchant settings` names it: the channel's own (R28), the ship-from address or the printer.
/// `all` is the one list `settings show` prints and a refused name is answered with, so the two never differ.
enum SettingName: Equatable {
    case channel(SettingKey)
    case shipFrom
    case printer

    /// Every setting of this account, in the order `settings show` prints them (the demo's trading switch only in the demo shop).
    static func all(_ settings: ChannelSettings) -> [SettingName] {
        settings.keys.map(SettingName.channel) + [.shipFrom, .printer]
    }

    /// The name typed after `settings set`.
    var key: String {
        switch self {
        case .channel(let key): key.rawValue
        case .shipFrom: ShipFromSettingText.key
        case .printer: PrinterSettingText.key
        }
    }

    /// The setting `text` names (any case). A channel setting this account lacks (demo-trading outside the demo) is
    /// still returned, so the domain can say why it is not there; any other name is refused with every name there is.
    static func named(_ text: String, in settings: ChannelSettings) throws -> SettingName {
        if let key = SettingKey.named(text) { return .channel(key) }
        let lower = text.lowercased()
        if lower == ShipFromSettingText.key { return .shipFrom }
        if lower == PrinterSettingText.key { return .printer }
        throw SettingError.unknownKey(text, known: all(settings).map(\.key))
    }
}
