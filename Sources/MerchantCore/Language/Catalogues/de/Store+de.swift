extension Catalogue {
    /// The store's refusals and activity lines.
    static let storeGerman = #"""
    """#
}
