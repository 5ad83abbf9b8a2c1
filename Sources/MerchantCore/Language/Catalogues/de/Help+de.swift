extension Catalogue {
    /// The command line's --help texts.
    static let helpGerman = #"""
    """#
}
