extension Catalogue {
    /// Labels bought through Amazon Shipping: rates, labels, voids.
    static let labelsThai = #"""
    """#
}
