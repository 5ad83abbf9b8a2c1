/// The Settings pane: which row is selected (switches, interval, then the products).
public struct SettingsPane: Sendable, Equatable {
    public var selected = 0
}
