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

    /// The setting a command-line name means (any case), or nil; the command line says which names there are.
    public static func named(_ text: String) -> SettingKey? { SettingKey(rawValue: text.lowercased()) }

    static func parseSwitch(_ text: String, key: SettingKey) throws(SettingError) -> Bool {
        guard let value = OnOff.parse(text) else { throw .notASwitch(key, text) }
        return value
    }

    /// The shortest and the longest interval between two syncs, in seconds.
    public static let intervalRange = 10...86_400

    /// Accepts "90", "90s", "5m", "1h"; from 10 seconds to one day.
    static func parseInterval(_ text: String) throws(SettingError) -> Int {
        guard let (digits, unit) = intervalParts(text) else { throw .notAnInterval(text) }
        // Digits too many for an Int are a length all the same: far more than a day.
        guard let n = Int(digits) else { throw .intervalTooLong(text) }
        let (seconds, overflow) = n.multipliedReportingOverflow(by: unit.seconds)
        guard !overflow, seconds <= intervalRange.upperBound else { throw .intervalTooLong(text) }
        guard seconds >= intervalRange.lowerBound else { throw .intervalTooShort(text) }
        return seconds
    }

    /// An interval's digits and unit (a bare number counts seconds), or nil when it is not written as one.
    static func intervalParts(_ text: String) -> (digits: Substring, unit: IntervalUnit)? {
        let lower = text.lowercased().trimmingCharacters(in: .whitespaces)
        var digits = Substring(lower)
        let unit = lower.last.flatMap { IntervalUnit(rawValue: $0) } ?? .seconds
        if lower.last.flatMap({ IntervalUnit(rawValue: $0) }) != nil { digits = digits.dropLast() }
        guard !digits.isEmpty, digits.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return (digits, unit)
    }

    static func formatInterval(_ seconds: Int) -> String {
        if seconds % 3600 == 0 { return "\(seconds / 3600)h" }
        if seconds % 60 == 0 { return "\(seconds / 60)m" }
        return "\(seconds)s"
    }
}

/// The units an interval is written in: 90s, 5m, 1h.
enum IntervalUnit: Character {
    case seconds = "s", minutes = "m", hours = "h"

    var seconds: Int {
        switch self {
        case .seconds: 1
        case .minutes: 60
        case .hours: 3600
        }
    }

    /// An amount of this unit in words ("0 seconds", "25 hours"); digits beyond an Int are still a number of units.
    func words(_ digits: Substring) -> String {
        let n: Any = Int(digits) ?? String(digits)
        switch self {
        case .seconds: return tr("rules.setting.interval.seconds", n)
        case .minutes: return tr("rules.setting.interval.minutes", n)
        case .hours: return tr("rules.setting.interval.hours", n)
        }
    }
}

/// Why a setting change was refused.
public enum SettingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// A name that is no setting, with every name the merchant can set (the command line's list).
    case unknownKey(String, known: [String])
    case notASwitch(SettingKey, String)
    case notAnInterval(String)
    case intervalTooShort(String)
    case intervalTooLong(String)
    case onlyInTheDemo(SettingKey)
    case notALanguage(String)
    case notALabelFormat(String)

    public var description: String {
        switch self {
        case .unknownKey(let k, let known): tr("rules.setting.unknown", k, known.joined(separator: ", "))
        case .notASwitch(let key, let v): tr("rules.setting.not-a-switch", key.rawValue, v)
        case .notAnInterval(let v): tr("rules.setting.not-an-interval", v)
        case .intervalTooShort(let v): tr("rules.setting.interval-too-short", Self.inWords(v))
        case .intervalTooLong(let v): tr("rules.setting.interval-too-long", Self.inWords(v))
        case .onlyInTheDemo(let key): tr("rules.setting.only-in-demo", key.rawValue)
        case .notALanguage(let v): tr("rules.setting.not-a-language", v)
        case .notALabelFormat(let v): tr("rules.setting.not-a-label-format", v)
        }
    }

    /// A typed interval with its unit spelled out, so that "0" reads "0 seconds".
    private static func inWords(_ typed: String) -> String {
        guard let (digits, unit) = SettingKey.intervalParts(typed) else { return typed }
        return unit.words(digits)
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
