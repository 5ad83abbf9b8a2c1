import Foundation

/// One open line of an order still to ship: what the pick list is summed from.
public struct OpenOrderLine: Sendable, Equatable {
    public var amazonOrderId: String
    public var sku: String
    public var title: String
    public var bin: BinLocation?
    /// Units still to ship of this line.
    public var quantity: Int

    public init(amazonOrderId: String, sku: String, title: String, bin: BinLocation?, quantity: Int) {
        self.amazonOrderId = amazonOrderId
        self.sku = sku
        self.title = title
        self.bin = bin
        self.quantity = quantity
    }
}

/// A product to take from the shelf: how many in all, and how many for each order.
public struct PickListLine: Sendable, Equatable, Codable {
    public struct ForOrder: Sendable, Equatable, Codable {
        public var amazonOrderId: String
        public var quantity: Int
    }

    public var sku: String
    public var title: String
    public var bin: BinLocation?
    public var quantity: Int
    /// In the order the lines came (the store gives the most urgent first).
    public var orders: [ForOrder]
}

/// The walk through the warehouse: open lines summed by product, in bin order, products without a bin last.
public enum PickList {
    public static func make(_ lines: [OpenOrderLine]) -> [PickListLine] {
        var bySku: [String: PickListLine] = [:]
        var firstSeen: [String] = []
        for line in lines where line.quantity > 0 {
            if var entry = bySku[line.sku] {
                entry.quantity += line.quantity
                if let i = entry.orders.firstIndex(where: { $0.amazonOrderId == line.amazonOrderId }) {
                    entry.orders[i].quantity += line.quantity
                } else {
                    entry.orders.append(.init(amazonOrderId: line.amazonOrderId, quantity: line.quantity))
                }
                bySku[line.sku] = entry
            } else {
                firstSeen.append(line.sku)
                bySku[line.sku] = PickListLine(sku: line.sku, title: line.title, bin: line.bin, quantity: line.quantity,
                                               orders: [.init(amazonOrderId: line.amazonOrderId, quantity: line.quantity)])
            }
        }
        return firstSeen.compactMap { bySku[$0] }.sorted(by: walksBefore)
    }

    /// Bins in the order a picker walks them: numbers by their value (A-3 before A-10), then by SKU; no bin last.
    static func walksBefore(_ a: PickListLine, _ b: PickListLine) -> Bool {
        switch (a.bin, b.bin) {
        case (nil, nil): return a.sku < b.sku
        case (nil, _): return false
        case (_, nil): return true
        case (let x?, let y?):
            let order = x.text.compare(y.text, options: [.numeric, .caseInsensitive])
            return order == .orderedSame ? a.sku < b.sku : order == .orderedAscending
        }
    }

    /// Units to pick in all.
    public static func units(_ lines: [PickListLine]) -> Int { lines.reduce(0) { $0 + $1.quantity } }
}
