extension Catalogue {
    /// The console's dialogs: ship, ship the marked, cancel, refund, carrier, blocked-order fix, quit.
    static let dialogsEnglish = #"""
    """#
}
