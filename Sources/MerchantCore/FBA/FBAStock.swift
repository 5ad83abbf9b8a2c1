import Foundation

/// What Amazon holds of a product in its warehouses, as FBA Inventory last reported it.
public struct FBAStockLevel: Sendable, Equatable, Codable {
    /// What Amazon can ship now.
    public var fulfillable: Int
    /// Units held for orders Amazon is fulfilling.
    public var reserved: Int
    /// Units on their way to Amazon.
    public var inbound: Int
    public var checkedAt: Date

    public init(fulfillable: Int, reserved: Int = 0, inbound: Int = 0, checkedAt: Date) {
        self.fulfillable = fulfillable
        self.reserved = reserved
        self.inbound = inbound
        self.checkedAt = checkedAt
    }
}

/// R27: FBA needs stock at Amazon. Switching FBA on is allowed without it (stock may be on its way),
/// but the merchant is told; what Amazon cannot fill is never sent to it.
public enum FBARules {
    /// The warning to show when FBA is switched on for `sku`, or nil when Amazon holds stock.
    public static func warningOnSwitchingOn(sku: String, stock: FBAStockLevel?) -> String? {
        guard let stock else {
            return tr("rules.fba.stock-unknown", sku)
        }
        guard stock.fulfillable == 0 else { return nil }
        if stock.inbound > 0 { return tr("rules.fba.no-stock-inbound", sku, stock.inbound) }
        return tr("rules.fba.no-stock", sku)
    }

    /// Whether Amazon can fill `quantity` of a product, and if not, why (R27).
    public static func refusal(sku: String, quantity: Int, stock: FBAStockLevel?) -> String? {
        guard let stock else { return tr("rules.fba.amazon-stock-unknown", sku) }
        guard stock.fulfillable >= quantity else { return tr("rules.fba.amazon-holds", stock.fulfillable, sku, quantity) }
        return nil
    }
}
