import MerchantCore

extension SettingsPane {
    /// The Settings pane's keys: switch the selected row, or step the sync interval or the language. Saved at once (R28).
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.settings) + [
        KeyBinding([.character(" "), .enter], .settings, help: tr("settings.key.toggle"), hint: tr("settings.key.toggle.hint")) { s in
            Console.settingsAction(&s, .toggle)
        },
        KeyBinding([.left, .character("-")], .settings, help: tr("settings.key.shorter"), whyNot: steppedOnly) { s in
            Console.settingsAction(&s, .shorter)
        },
        KeyBinding([.right, .character("+")], .settings, help: tr("settings.key.longer"), whyNot: steppedOnly) { s in
            Console.settingsAction(&s, .longer)
        },
    ]

    /// ←/→ step the rows that hold a value from a list: the sync interval, the language and the label format.
    static func steppedOnly(_ s: ConsoleState) -> String? {
        guard s.overview.settings != nil, let row = SettingsRows.row(s, s.settings.selected),
              row != .setting(.syncInterval), row != .setting(.language), row != .setting(.labelFormat) else { return nil }
        return tr("settings.key.stepped-only")
    }
}
