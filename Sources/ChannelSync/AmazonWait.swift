import Foundation
import MerchantCore
import SellingPartnerAPI

/// A call that waits for Amazon's rate limit, in a merchant's words:
/// "Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)".
public struct AmazonWait: Sendable, Equatable {
    /// Amazon's name of the call: "searchOrders".
    public var operation: String
    /// What the call is, to a merchant: "orders request".
    public var request: String
    /// Seconds until Amazon allows it.
    public var secondsLeft: Double
    /// The rate it waits for: "1 per 3 min".
    public var rate: String

    public init(_ wait: RateLimitWait, now: Date) {
        operation = wait.operation.rawValue
        request = Self.request(wait.operation.rawValue)
        secondsLeft = max(0, wait.until.timeIntervalSince(now))
        rate = Self.rate(wait.limit.rate)
    }

    /// "Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)".
    public var text: String { tr("sync.wait.text", request, countdown, operation, rate) }

    /// Minutes and seconds left, rounded up: "2:58", "0:03".
    public var countdown: String {
        let seconds = Int(secondsLeft.rounded(.up))
        return "\(seconds / 60):" + (seconds % 60 < 10 ? "0" : "") + "\(seconds % 60)"
    }

    /// A rate as Amazon's usage plans mean it: "2 per second", "1 per 45 s", "1 per 3 min".
    static func rate(_ perSecond: Double) -> String {
        guard perSecond > 0 else { return tr("sync.wait.rate.none") }
        if perSecond >= 1 {
            let n = perSecond.rounded() == perSecond ? "\(Int(perSecond))" : String(format: "%.1f", perSecond)
            return tr("sync.wait.rate.per-second", n)
        }
        let period = 1 / perSecond
        return period < 90 ? tr("sync.wait.rate.seconds", Int(period.rounded())) : tr("sync.wait.rate.minutes", Int((period / 60).rounded()))
    }

    /// The call in a merchant's words (by Amazon's name, so that operations added later read sensibly too).
    static func request(_ operation: String) -> String {
        switch operation {
        case "searchOrders": tr("sync.wait.request.orders")
        case "getOrder": tr("sync.wait.request.order")
        case "confirmShipment": tr("sync.wait.request.shipment")
        case "patchListingsItem": tr("sync.wait.request.stock")
        case "listFinancialEvents", "listTransactions": tr("sync.wait.request.finances")
        case "getInventorySummaries": tr("sync.wait.request.fba-stock")
        case "getMarketplaceParticipations": tr("sync.wait.request.marketplaces")
        default:
            if operation.contains("Feed") { tr("sync.wait.request.feed") }
            else if operation.contains("Fulfillment") { tr("sync.wait.request.fba-order") }
            else { tr("sync.wait.request.other", operation) }
        }
    }
}
