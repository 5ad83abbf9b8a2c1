import MerchantCore
import MerchantStore

/// The selectable rows of the Settings pane: three switches, the interval, the language, the label format, then one FBA
/// switch per product.
enum SettingsRows {
    enum Row: Equatable {
        case setting(SettingKey)
        case product(CatalogEntry)
    }

    static let settings: [SettingKey] = [.importOrders, .importPending, .reservePending, .syncInterval, .language, .labelFormat]

    /// Intervals ←/- and →/+ (and Space) step through; `merchant settings set sync-interval` takes any other.
    static let intervals = [10, 30, 60, 120, 300, 900, 1800, 3600]

    /// The languages Space and ←/→ step through: the environment's (auto), then each in its own name.
    static let languages: [LanguageChoice] = [.auto] + Language.allCases.map(LanguageChoice.fixed)

    /// The switches this account has: the demo shop's trading switch after the label format.
    static func keys(_ s: ConsoleState) -> [SettingKey] {
        s.overview.settings?.demoTrading == nil ? settings : settings + [.demoTrading]
    }

    static func count(_ s: ConsoleState) -> Int { keys(s).count + s.overview.catalog.count }

    static func row(_ s: ConsoleState, _ index: Int) -> Row? {
        let settings = keys(s)
        if index < settings.count { return .setting(settings[index]) }
        let i = index - settings.count
        return s.overview.catalog.indices.contains(i) ? .product(s.overview.catalog[i]) : nil
    }
}

/// What a key asks of the selected Settings row: switch it, or a shorter or longer sync interval.
enum SettingsStep: Sendable, Equatable {
    case toggle, shorter, longer
}

extension Console {
    /// Space or Enter switches the selected row; ←/- shorten the interval, →/+ (and Space) lengthen it; on the
    /// language and the label format they step to the previous or the next one. Saved at once (R28); FBA and import off ask first.
    static func settingsAction(_ s: inout ConsoleState, _ action: SettingsStep) -> [Effect] {
        guard let settings = s.overview.settings, let row = SettingsRows.row(s, s.settings.selected) else { return [] }
        switch row {
        case .setting(.syncInterval):
            let current = settings.syncIntervalSeconds
            let steps = SettingsRows.intervals
            let next = action == .shorter
                ? steps.last { $0 < current } ?? steps[0]
                : steps.first { $0 > current } ?? steps[steps.count - 1]
            return [.settings(.save(.syncInterval, String(next)))]
        case .setting(.language):
            // Round: after ไทย comes auto again.
            let all = SettingsRows.languages
            let i = all.firstIndex(of: settings.language) ?? 0
            let next = all[(i + (action == .shorter ? all.count - 1 : 1)) % all.count]
            return [.settings(.save(.language, next.text))]
        case .setting(.labelFormat):
            // Round as well: after PNG comes PDF again.
            let all = LabelFormat.allCases
            let i = all.firstIndex(of: settings.labelFormat) ?? 0
            let next = all[(i + (action == .shorter ? all.count - 1 : 1)) % all.count]
            return [.settings(.save(.labelFormat, next.rawValue))]
        case .setting(let key):
            guard action == .toggle else { return [] }  // `whyNot` said why
            return switchOrAsk(&s, .save(key, settings.value(of: key) == "on" ? "off" : "on"))
        case .product(let entry):
            guard action == .toggle else { return [] }  // `whyNot` said why
            return switchOrAsk(&s, .setFBA(sku: entry.product.sku, on: !entry.product.fba), title: entry.product.title)
        }
    }
}

extension Console {
    /// j/k over the switches and the products; a page or g/G goes to the first or the last row.
    static func moveSettings(_ s: inout ConsoleState, _ action: Move) {
        let last = max(0, SettingsRows.count(s) - 1)
        s.settings.selected = action.selection(from: s.settings.selected, last: last, page: max(1, last))
    }
}
