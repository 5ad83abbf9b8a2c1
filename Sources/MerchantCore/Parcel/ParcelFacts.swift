/// What a product's parcel needs: its weight and size for a carrier's rate, its barcode for scan to pack,
/// its bin for the pick list. Each is optional: a product gets them when the merchant sets them.
public struct ParcelFacts: Sendable, Equatable, Codable {
    public var weight: Weight?
    public var size: PackageSize?
    public var gtin: GTIN?
    public var bin: BinLocation?

    public init(weight: Weight? = nil, size: PackageSize? = nil, gtin: GTIN? = nil, bin: BinLocation? = nil) {
        self.weight = weight
        self.size = size
        self.gtin = gtin
        self.bin = bin
    }

    public static let none = ParcelFacts()

    // Flat keys for scripts (`merchant catalog --json`): weightGrams, sizeMm, gtin, bin; absent when not set.
    enum CodingKeys: String, CodingKey { case weightGrams, sizeMm, gtin, bin }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        weight = try c.decodeIfPresent(Int.self, forKey: .weightGrams).map { try Weight(grams: $0) }
        size = try c.decodeIfPresent([Int].self, forKey: .sizeMm).flatMap { mm in
            mm.count == 3 ? try PackageSize(lengthMm: mm[0], widthMm: mm[1], heightMm: mm[2]) : nil
        }
        gtin = try c.decodeIfPresent(GTIN.self, forKey: .gtin)
        bin = try c.decodeIfPresent(BinLocation.self, forKey: .bin)
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(weight?.grams, forKey: .weightGrams)
        try c.encodeIfPresent(size?.millimetres, forKey: .sizeMm)
        try c.encodeIfPresent(gtin, forKey: .gtin)
        try c.encodeIfPresent(bin, forKey: .bin)
    }
}
