extension SettingsPane {
    /// The Settings pane's keys: switch the selected row, or step the sync interval. Saved at once (R28).
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.settings) + [
        KeyBinding([.character(" "), .enter], .settings, help: "switch on/off (saved at once)", hint: "toggle") { s in
            Console.settingsAction(&s, .toggle)
        },
        KeyBinding([.left, .character("-")], .settings, help: "sync interval: shorter", whyNot: intervalOnly) { s in
            Console.settingsAction(&s, .shorter)
        },
        KeyBinding([.right, .character("+")], .settings, help: "sync interval: longer", whyNot: intervalOnly) { s in
            Console.settingsAction(&s, .longer)
        },
    ]

    static func intervalOnly(_ s: ConsoleState) -> String? {
        guard s.overview.settings != nil, SettingsRows.row(s, s.settings.selected) != .setting(.syncInterval) else { return nil }
        return "it changes the sync interval: select that row first"
    }
}
