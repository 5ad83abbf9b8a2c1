extension Catalogue {
    /// The Refunds pane.
    static let refundsEnglish = #"""
    """#
}
