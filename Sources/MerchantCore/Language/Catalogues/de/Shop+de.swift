extension Catalogue {
    /// The Shop pane.
    static let shopGerman = #"""
    """#
}
