extension Catalogue {
    /// The command line's output and errors.
    static let commandsThai = #"""
    """#
}
