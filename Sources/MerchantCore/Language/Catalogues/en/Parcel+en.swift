extension Catalogue {
    /// Parcel facts, ship-from address, pick list, packing slip, scan to pack.
    static let parcelEnglish = #"""
    """#
}
