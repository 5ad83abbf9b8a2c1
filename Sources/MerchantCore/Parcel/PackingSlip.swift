import Foundation

/// What goes in the parcel with an order: who it is for, what is in it, where it comes from.
/// Built from the order as stored; the command line prints it for A4 or a label printer.
public struct PackingSlip: Sendable, Equatable {
    public struct Item: Sendable, Equatable {
        public var sku: String
        public var title: String
        public var bin: BinLocation?
        public var quantity: Int
    }

    public var amazonOrderId: String
    public var purchaseDate: Date
    /// The ship-to address, one line each as the post reads it.
    public var shipTo: [String]
    /// The merchant's own address, when set.
    public var shipFrom: ShipFromAddress?
    public var items: [Item]

    public var units: Int { items.reduce(0) { $0 + $1.quantity } }

    /// The slip of `order`: the units still to ship while it is open, every unit once it shipped in full.
    /// `bins` by the order's item SKU; `unitsShipped` counts the merchant's own record too.
    /// Refused when there is no parcel of the merchant's to pack: pending (no address yet, R8), fulfilled by
    /// Amazon (R14), cancelled.
    public static func make(order: AmazonOrder, unitsShipped: (AmazonOrderItem) -> Int, bins: [String: BinLocation],
                            shipFrom: ShipFromAddress?) throws(SlipRefusal) -> PackingSlip {
        if order.status.isPending { throw .pending(order.amazonOrderId) }
        if order.fulfillmentChannel == .amazon { throw .fulfilledByAmazon(order.amazonOrderId) }
        if order.status == .cancelled || order.status == .unfulfillable { throw .cancelled(order.amazonOrderId) }
        guard let address = order.shippingAddress else { throw .noAddress(order.amazonOrderId) }
        let open = order.items.contains { unitsShipped($0) < $0.quantityOrdered }
        let items = order.items.compactMap { item -> Item? in
            let quantity = open ? item.quantityOrdered - unitsShipped(item) : item.quantityOrdered
            return quantity > 0 ? Item(sku: item.sku, title: item.title, bin: bins[item.sku], quantity: quantity) : nil
        }
        let shipTo = AddressBlock.lines(name: address.name ?? order.buyerName, street: address.lines, postalCode: address.postalCode,
                                        city: address.city, region: address.region, countryCode: address.countryCode)
        return PackingSlip(amazonOrderId: order.amazonOrderId, purchaseDate: order.purchaseDate, shipTo: shipTo, shipFrom: shipFrom, items: items)
    }
}

/// Why an order has no packing slip.
public enum SlipRefusal: Error, Equatable, Sendable, CustomStringConvertible {
    case pending(String)
    case fulfilledByAmazon(String)
    case cancelled(String)
    case noAddress(String)

    public var description: String {
        switch self {
        case .pending(let id): tr("parcel.slip.pending", id)
        case .fulfilledByAmazon(let id): tr("parcel.slip.afn", id)
        case .cancelled(let id): tr("parcel.slip.cancelled", id)
        case .noAddress(let id): tr("parcel.slip.noaddress", id)
        }
    }
}
