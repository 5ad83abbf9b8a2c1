import Foundation

/// Everything the simulated Amazon knows about one order, stored as JSON in `simOrder.body`.
/// The buyer is not stored: it is re-derived from `buyerSeed` (small rows for a million orders).
struct SimOrder: Codable, Equatable {
    var id: String
    var marketplaceId: String
    var currency: String
    var created: Int64
    var updated: Int64
    var status: String
    var afn: Bool
    var serviceLevel: String
    var shipWithinDays: Int
    var paid: Int64?
    var buyerSeed: UInt64
    var buyerName: String?
    var items: [SimItem]
    var packages: [SimPackage] = []
    var refunds: [SimRefund] = []
    var cancelReason: String?

    var isPending: Bool { status == "PENDING" }
    var grandTotal: Int64 { items.reduce(0) { $0 + $1.unitPrice * Int64($1.quantity) } }
    var refunded: Int64 { refunds.reduce(0) { $0 + $1.amount } }
    var refundable: Int64 { max(0, grandTotal - refunded) }
    var anythingShipped: Bool { items.contains { $0.shipped > 0 } }
    var buyerRequestedCancel: Bool { items.contains { $0.cancelRequest != nil } }
}

/// One line of a simulated order.
struct SimItem: Codable, Equatable {
    var id: String
    var sku: String
    var asin: String
    var title: String
    var quantity: Int
    var unitPrice: Int64          // minor units of the order's currency
    var shipped: Int = 0
    /// The buyer asks to cancel this line, for this reason (Orders 2026-01-01 `cancellation.cancellationRequest`).
    var cancelRequest: String?
}

/// A package sent for an order, by the merchant (shipment confirmation) or by Amazon (AFN).
struct SimPackage: Codable, Equatable {
    var ref: String
    var carrier: String
    var carrierName: String?
    var method: String?
    var tracking: String
    var shipTime: Int64
    var created: Int64
    var items: [SimPackageItem]
    /// Amazon's `packageStatus.detailedStatus` once it is more than shipped: RETURNING_TO_SELLER, RETURNED_TO_SELLER.
    var detailedStatus: String?
}

struct SimPackageItem: Codable, Equatable {
    var itemId: String
    var quantity: Int
}

/// A refund: made in Seller Central (`sellerCentral`) or through an adjustment feed (`feed`).
struct SimRefund: Codable, Equatable {
    var amount: Int64
    var at: Int64
    var source: String
    var reason: String
    var feedId: String?
}
