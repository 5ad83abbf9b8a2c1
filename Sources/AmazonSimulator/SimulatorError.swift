import Foundation

/// Why the simulator refused a control operation; the description is a plain sentence.
public enum SimulatorError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownOrder(String)
    case unknownSKU(String)
    case unknownMarketplace(String)
    case notPending(String, status: String)
    case refundTooLarge(String, requested: String, refundable: String)
    case notRefundable(String, status: String)
    case invalidAmount(String)
    case invalidQuantity(Int)
    case notASimulatorFile(String)
    case alreadyExists(String)
    case nothingToReturn(String)
    case notCancellable(String, status: String)

    public var description: String {
        switch self {
        case .unknownOrder(let id): "There is no order \(id) on the simulated Amazon."
        case .unknownSKU(let sku): "There is no listing with SKU \(sku) on the simulated Amazon."
        case .unknownMarketplace(let id): "The simulated account does not sell on marketplace \(id)."
        case .notPending(let id, let status): "Order \(id) is \(status), not PENDING: only a pending order can be paid or cancelled by the fraud check."
        case .refundTooLarge(let id, let requested, let refundable): "Order \(id) has only \(refundable) left to refund, so a refund of \(requested) is refused."
        case .notRefundable(let id, let status): "Order \(id) is \(status): nothing was charged that could be refunded."
        case .invalidAmount(let text): "\(text) is not an amount greater than zero in the order's currency."
        case .invalidQuantity(let q): "A quantity of \(q) is not possible: order at least one."
        case .notASimulatorFile(let path): "\(path) holds no simulated Amazon account; create one first."
        case .alreadyExists(let path): "\(path) already holds a simulated Amazon account."
        case .nothingToReturn(let id): "Order \(id) has no package the merchant shipped that could come back (or it is back already)."
        case .notCancellable(let id, let status): "Order \(id) is \(status): a buyer can ask to cancel only an unshipped order, once."
        }
    }
}
