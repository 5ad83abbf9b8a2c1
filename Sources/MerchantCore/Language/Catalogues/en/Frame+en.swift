extension Catalogue {
    /// The console's frame: tabs, status line, footer, the ? overlay, flashes.
    static let frameEnglish = #"""
    """#
}
