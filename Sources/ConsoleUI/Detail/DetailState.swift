import Foundation
import MerchantCore
import MerchantStore

/// An opened order.
public struct DetailState: Sendable, Equatable {
    public var orderId: String
    public var detail: OrderDetail?
    /// Its refunds, the console's own and Amazon's apart (R23), read with it.
    public var refunds: OrderRefunds?
    public var scroll = 0
}
