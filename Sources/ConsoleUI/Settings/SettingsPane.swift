import MerchantCore

/// The Settings pane: which row is selected (switches, interval, language, then the products).
public struct SettingsPane: Sendable, Equatable {
    public var selected = 0
    /// The language the merchant chose in this pane, once chosen: the console speaks it from the next frame
    /// (`ConsoleProgram` draws in it); nil until then, the process's own.
    public var language: Language?
}
