extension Catalogue {
    /// The Settings pane.
    static let settingsThai = #"""
    """#
}
