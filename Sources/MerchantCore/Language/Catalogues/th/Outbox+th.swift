extension Catalogue {
    /// The Outbox pane.
    static let outboxThai = #"""
    """#
}
