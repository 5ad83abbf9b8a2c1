import Foundation

/// The Amazon channel's settings (R28), with the defaults a new connection starts with.
public struct ChannelSettings: Sendable, Equatable, Codable {
    public var sellerId: String
    public var marketplaceIds: [String]
    public var connectedAt: Date
    /// Imported Amazon orders become local orders (R4). On by default.
    public var importOrders: Bool = true
    /// Pending orders become local orders at once (R9). Off by default.
    public var importPending: Bool = false
    /// Pending orders reserve their quantity (R9). On by default.
    public var reservePending: Bool = true
    public var syncIntervalSeconds: Int = 60
    /// The demo shop's simulated Amazon keeps trading while the console is open: on or off, and nil for any
    /// other account (a real one never trades by itself), which then has no such setting at all.
    public var demoTrading: Bool?
    /// The language the merchant reads: a fixed one, or `auto`, the environment's (LANGUAGE, LC_ALL, LANG).
    public var language: LanguageChoice = .auto
    /// The file a label is bought as, unless the label dialog or `merchant label --format` says otherwise.
    public var labelFormat: LabelFormat = .pdf

    public init(sellerId: String, marketplaceIds: [String], connectedAt: Date) {
        self.sellerId = sellerId
        self.marketplaceIds = marketplaceIds
        self.connectedAt = connectedAt
    }

    /// The value of a setting as the command line and the activity log write it.
    public func value(of key: SettingKey) -> String {
        switch key {
        case .importOrders: importOrders ? "on" : "off"
        case .importPending: importPending ? "on" : "off"
        case .reservePending: reservePending ? "on" : "off"
        case .syncInterval: SettingKey.formatInterval(syncIntervalSeconds)
        case .demoTrading: demoTrading == true ? "on" : "off"
        case .language: language.text
        case .labelFormat: labelFormat.rawValue
        }
    }

    /// The settings this account has: the demo's trading switch only in the demo shop.
    public var keys: [SettingKey] { SettingKey.allCases.filter { $0 != .demoTrading || demoTrading != nil } }

    /// These settings with one value changed, or a refusal that says why (R30).
    public func setting(_ key: SettingKey, to text: String) throws(SettingError) -> ChannelSettings {
        var next = self
        switch key {
        case .importOrders: next.importOrders = try SettingKey.parseSwitch(text, key: key)
        case .importPending: next.importPending = try SettingKey.parseSwitch(text, key: key)
        case .reservePending: next.reservePending = try SettingKey.parseSwitch(text, key: key)
        case .syncInterval: next.syncIntervalSeconds = try SettingKey.parseInterval(text)
        case .demoTrading:
            guard demoTrading != nil else { throw .onlyInTheDemo(key) }
            next.demoTrading = try SettingKey.parseSwitch(text, key: key)
        case .language:
            guard let choice = LanguageChoice(text) else { throw .notALanguage(text) }
            next.language = choice
        case .labelFormat:
            guard let format = LabelFormat.parse(text) else { throw .notALabelFormat(text) }
            next.labelFormat = format
        }
        return next
    }
}

/// The settings a merchant can change, by their command-line names.
public enum SettingKey: String, CaseIterable, Sendable, Codable {
    case importOrders = "import-orders"
    case importPending = "import-pending"
    case reservePending = "reserve-pending"
    case syncInterval = "sync-interval"
    case demoTrading = "demo-trading"
    case language
    case labelFormat = "label-format"

    public var title: String {
        switch self {
        case .importOrders: tr("rules.setting.import-orders")
        case .importPending: tr("rules.setting.import-pending")
        case .reservePending: tr("rules.setting.reserve-pending")
        case .syncInterval: tr("rules.setting.sync-interval")
        case .demoTrading: tr("rules.setting.demo-trading")
        case .language: tr("rules.setting.language")
        case .labelFormat: tr("rules.setting.label-format")
        }
    }

    public static func named(_ text: String) throws(SettingError) -> SettingKey {
        guard let key = SettingKey(rawValue: text.lowercased()) else { throw .unknownKey(text) }
        return key
    }

    static func parseSwitch(_ text: String, key: SettingKey) throws(SettingError) -> Bool {
        guard let value = OnOff.parse(text) else { throw .notASwitch(key, text) }
        return value
    }

    /// Accepts "90", "90s", "5m", "1h"; from 10 seconds to one day.
    static func parseInterval(_ text: String) throws(SettingError) -> Int {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        let unit: Int
        var digits = Substring(lower)
        switch lower.last {
        case "s": unit = 1; digits = digits.dropLast()
        case "m": unit = 60; digits = digits.dropLast()
        case "h": unit = 3600; digits = digits.dropLast()
        default: unit = 1
        }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), digits.count <= 6, let n = Int(digits) else {
            throw .notAnInterval(text)
        }
        let seconds = n * unit
        guard (10...86_400).contains(seconds) else { throw .intervalOutOfRange(text) }
        return seconds
    }

    static func formatInterval(_ seconds: Int) -> String {
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

/// Why a setting change was refused.
public enum SettingError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownKey(String)
    case notASwitch(SettingKey, String)
    case notAnInterval(String)
    case intervalOutOfRange(String)
    case onlyInTheDemo(SettingKey)
    case notALanguage(String)
    case notALabelFormat(String)

    public var description: String {
        switch self {
        case .unknownKey(let k):
            tr("rules.setting.unknown", k, SettingKey.allCases.filter { $0 != .demoTrading }.map(\.rawValue).joined(separator: ", "))
        case .notASwitch(let key, let v): tr("rules.setting.not-a-switch", key.rawValue, v)
        case .notAnInterval(let v): tr("rules.setting.not-an-interval", v)
        case .intervalOutOfRange(let v): tr("rules.setting.interval-out-of-range", v)
        case .onlyInTheDemo(let key): tr("rules.setting.only-in-demo", key.rawValue)
        case .notALanguage(let v): tr("rules.setting.not-a-language", v)
        case .notALabelFormat(let v): tr("rules.setting.not-a-label-format", v)
        }
    }
}

/// The words a merchant may use for a switch: on/off, true/false, yes/no, 1/0.
public enum OnOff {
    public static func parse(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "on", "true", "yes", "1": true
        case "off", "false", "no", "0": false
        default: nil
        }
    }
}
