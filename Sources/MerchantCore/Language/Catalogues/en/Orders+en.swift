extension Catalogue {
    /// The Orders, Pending and Detail panes.
    static let ordersEnglish = #"""
    """#
}
