/// The stock picture of one product: what is on hand, what pending Amazon orders reserve,
/// and what imported orders not yet shipped hold (the HELD column).
public struct StockLevel: Sendable, Equatable, Codable {
    public var onHand: Int
    public var reserved: Int
    public var held: Int

    public init(onHand: Int, reserved: Int, held: Int) {
        self.onHand = onHand
        self.reserved = reserved
        self.held = held
    }

    /// What a new order may still take.
    public var available: Int { max(0, onHand - reserved - held) }

    /// The quantity offered on Amazon (R25): the Amazon stock override, or stock on hand, minus
    /// reserved minus what local orders still hold; never below zero. A disabled product offers
    /// nothing: its orders would only arrive to be blocked (R5), so Amazon must not take them.
    public func offeredOnAmazon(override: Int?, enabled: Bool) -> Int {
        guard enabled else { return 0 }
        return max(0, (override ?? onHand) - reserved - held)
    }
}

/// A quantity of a SKU held for a pending Amazon order (R9).
public struct Reservation: Sendable, Equatable, Codable {
    public var amazonOrderId: String
    public var sku: String
    public var quantity: Int

    public init(amazonOrderId: String, sku: String, quantity: Int) {
        self.amazonOrderId = amazonOrderId
        self.sku = sku
        self.quantity = quantity
    }
}
