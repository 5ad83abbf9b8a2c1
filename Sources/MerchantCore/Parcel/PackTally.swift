/// One order's parcel checked unit by unit (scan to pack): each scan of a product the order holds ticks one unit of
/// its line; a product the order does not hold, or one unit more than its line still needs, is refused and changes no
/// count. Only a check: nothing of it is stored, and the ship dialog ships what was packed.
///
///     var tally = PackTally(order: order, productSku: { $0.sku }, unitsShipped: { $0.quantityShipped })
///     try tally.tick(productSku: "MUG-BLAU-350", code: "4006381333931", title: "Kaffeebecher")   // 0: the first line
///     tally.isComplete                                                                          // every unit ticked
public struct PackTally: Sendable, Equatable {
    /// An order line still to ship, and how much of it is in the parcel.
    public struct Line: Sendable, Equatable {
        public var orderItemId: String
        /// The SKU the order names (Amazon's own, which may be mapped to another product).
        public var sku: String
        /// The catalog product the line takes its stock from: the product a scan must find.
        public var productSku: String
        public var title: String
        /// Units still to ship: what goes in this parcel.
        public var units: Int
        public var packed = 0

        public var isPacked: Bool { packed >= units }
    }

    public let amazonOrderId: String
    public private(set) var lines: [Line]

    /// The lines of `order` with units still to ship. `productSku`: the product an item takes stock from (the merchant's
    /// own order line knows it; a mapped SKU names another product), nil for the item's own SKU. `unitsShipped`: the
    /// units of an item already shipped, by Amazon's report or the merchant's own record, whichever says more.
    public init(order: AmazonOrder, productSku: (AmazonOrderItem) -> String?, unitsShipped: (AmazonOrderItem) -> Int) {
        amazonOrderId = order.amazonOrderId
        lines = order.items.compactMap { item in
            let open = item.quantityOrdered - unitsShipped(item)
            guard open > 0 else { return nil }
            return Line(orderItemId: item.orderItemId, sku: item.sku, productSku: productSku(item) ?? item.sku, title: item.title, units: open)
        }
    }

    public var units: Int { lines.reduce(0) { $0 + $1.units } }
    public var packed: Int { lines.reduce(0) { $0 + $1.packed } }
    public var isComplete: Bool { !lines.isEmpty && lines.allSatisfy(\.isPacked) }

    /// One unit of the product a scan found: the index of the line it ticked. Refused, with no count changed, when
    /// the order holds no such product or its lines have every unit already. `code` and `title`: what was scanned and
    /// the product it named, for the refusal's words.
    @discardableResult
    public mutating func tick(productSku: String, code: String, title: String) throws(PackRefusal) -> Int {
        let matching = lines.indices.filter { lines[$0].productSku == productSku }
        guard !matching.isEmpty else { throw .notInOrder(code: code, title: title, orderId: amazonOrderId) }
        // Two lines of one product (bought twice in one order) fill one after the other.
        guard let line = matching.first(where: { !lines[$0].isPacked }) else {
            throw .oneTooMany(code: code, title: title, units: matching.reduce(0) { $0 + lines[$1].units })
        }
        lines[line].packed += 1
        return line
    }
}

/// Why a scanned unit does not go in the parcel, in a packer's words.
public enum PackRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    /// No product has this barcode, SKU or mapped Amazon SKU.
    case unknownCode(String)
    /// The product is not one the order holds: the wrong item was picked.
    case notInOrder(code: String, title: String, orderId: String)
    /// Every unit of the product is already ticked.
    case oneTooMany(code: String, title: String, units: Int)

    public var description: String {
        switch self {
        case .unknownCode(let code): tr("pack.refusal.unknown", code)
        case .notInOrder(let code, let title, let id): tr("pack.refusal.not-in-order", code, title, id)
        case .oneTooMany(let code, let title, let units): tr("pack.refusal.one-too-many", code, title, units)
        }
    }
}
