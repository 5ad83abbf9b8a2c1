import Foundation

/// A buyer's request to cancel an order, as Amazon reports it on the order's items (Orders 2026-01-01
/// `cancellation.cancellationRequest`, an ORDER_CHANGE `BuyerRequestedChange`). The merchant should cancel such
/// an order with Amazon's reason `BuyerCanceled` rather than ship it: the console and `merchant ship` warn first
/// (`ShipWarning`), and the cancel dialog and `merchant cancel` take that reason by default.
///
///     BuyerCancelRequest(reason: "Ordered by mistake").words   // "buyer asks to cancel: Ordered by mistake"
public struct BuyerCancelRequest: Sendable, Equatable, Codable {
    /// The buyer's reason in Amazon's words ("Ordered by mistake"), when Amazon gives one.
    public var reason: String?

    public init(reason: String? = nil) {
        let trimmed = reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        self.reason = trimmed?.isEmpty == false ? trimmed : nil
    }

    /// "buyer asks to cancel", with the buyer's reason where known.
    public var words: String { reason.map { tr("rules.cancel-request.words-why", $0) } ?? tr("rules.cancel-request.words") }

    /// "1 buyer asks to cancel", "3 buyers ask to cancel": how many orders wait for the merchant's answer.
    public static func howMany(_ n: Int) -> String { tr("rules.cancel-request.how-many", n) }

    /// The reason Amazon receives when the merchant cancels such an order (SPAPI.md: `CancelReason` BuyerCanceled).
    public static let cancelReason = CancelReason.buyerCanceled

    /// Whether a request still asks anything of the merchant: not once the order is cancelled or shipped in full, by
    /// Amazon's report or by the merchant's own order (R17, R19: then there is nothing left to cancel).
    public static func stands(status: AmazonOrderStatus, fullyShipped: Bool, local: LocalOrderStatus?) -> Bool {
        guard status != .cancelled, status != .shipped, !fullyShipped else { return false }
        return local == nil || local == .processing
    }

    /// The cancel reason a cancellation of this order starts from: `BuyerCanceled` when its buyer asks to cancel,
    /// else none (the merchant chooses).
    public static func suggestedCancelReason(for order: AmazonOrder) -> CancelReason? {
        order.buyerCancelRequest == nil ? nil : cancelReason
    }
}

extension AmazonOrder {
    /// The order keeping its buyer's cancel request only while the request stands (`BuyerCancelRequest.stands`):
    /// Amazon's data may still carry it after the order was cancelled or shipped, and then it asks nothing.
    public func withStandingCancelRequest(local: LocalOrderStatus?) -> AmazonOrder {
        guard buyerCancelRequest != nil,
              !BuyerCancelRequest.stands(status: status, fullyShipped: isFullyShipped, local: local) else { return self }
        var order = self
        order.buyerCancelRequest = nil
        return order
    }
}

/// The warning before shipping an order whose buyer asks to cancel it: a shipment then goes to a buyer who no longer
/// wants it. The console asks "Ship anyway?"; the command line refuses without `--anyway`. The store checks it too,
/// so that a request that came in while a dialog was open still stops the shipment.
public enum ShipWarning {
    /// The refusal to ship `order` unless the merchant said to ship anyway, or nil when nothing needs saying.
    public static func refusal(_ order: AmazonOrder, anyway: Bool) -> ActionRefusal? {
        guard !anyway, let request = order.buyerCancelRequest else { return nil }
        return .buyerAsksToCancel(order.amazonOrderId, reason: request.reason)
    }

    /// "The buyer asked to cancel 302-…: Ordered by mistake.", the line a ship dialog shows before anything is sent.
    public static func sentence(_ order: AmazonOrder) -> String? {
        guard let request = order.buyerCancelRequest else { return nil }
        return request.reason.map { tr("rules.cancel-request.sentence-why", order.amazonOrderId, $0) }
            ?? tr("rules.cancel-request.sentence", order.amazonOrderId)
    }
}
