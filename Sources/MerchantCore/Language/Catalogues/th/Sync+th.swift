extension Catalogue {
    /// The sync's news and problems, and order notifications.
    static let syncThai = #"""
    """#
}
