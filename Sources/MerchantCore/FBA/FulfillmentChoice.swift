import Foundation

/// Who fulfils an order of the merchant's own shop (R26): Amazon, when every product in it is FBA;
/// the merchant otherwise. A mixed order is kept whole with the merchant, not split: one parcel for the
/// buyer, and no half-shipped orders to follow across two warehouses.
public enum FulfillmentChoice: Sendable, Equatable {
    case amazon
    case merchant(reason: String?)

    public static func decide(_ lines: [(product: Product, quantity: Int)]) -> FulfillmentChoice {
        let fba = lines.filter { $0.product.fba }.map(\.product.sku)
        if !lines.isEmpty && fba.count == lines.count { return .amazon }
        if fba.isEmpty { return .merchant(reason: nil) }
        let own = lines.filter { !$0.product.fba }.map(\.product.sku)
        return .merchant(reason: tr("rules.fulfillment.mixed", fba.joined(separator: ", "), fba.count, own.joined(separator: ", "), own.count))
    }
}

/// The statuses of an Amazon fulfillment order (Fulfillment Outbound 2020-07-01); Amazon's examples
/// write them in upper case, so they are read without regard to case.
public enum FulfillmentOrderStatus: String, CaseIterable, Sendable, Codable {
    case new = "New", received = "Received", planning = "Planning", processing = "Processing"
    case complete = "Complete", completePartialled = "CompletePartialled", cancelled = "Cancelled"
    case unfulfillable = "Unfulfillable", invalid = "Invalid"

    public init?(amazon text: String) {
        guard let status = Self.allCases.first(where: { $0.rawValue.caseInsensitiveCompare(text) == .orderedSame }) else { return nil }
        self = status
    }

    /// The merchant may cancel only before Amazon starts picking.
    public var isCancellable: Bool { [.new, .received, .planning].contains(self) }
    /// Amazon shipped: the order is done.
    public var isShipped: Bool { self == .complete || self == .completePartialled }
    /// Amazon will not ship it: the order goes back to the merchant.
    public var returnsToMerchant: Bool { [.cancelled, .unfulfillable, .invalid].contains(self) }
    public var isFinal: Bool { isShipped || returnsToMerchant }
}
