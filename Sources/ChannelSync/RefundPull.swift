import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Reads the refunds Amazon posted (Finances `listFinancialEvents`), so that refunds made on Amazon
/// directly show as such (R23) and the console's own are matched to Amazon's record of them.
/// Incremental like the order pull: from the Finances watermark less the overlap; events are recorded
/// once each by their adjustment item ids, so the overlap reads some twice and changes nothing.
struct RefundPull {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    /// Amazon answers for events posted up to two minutes before the request.
    static let settleTime: TimeInterval = 120

    func run() async throws -> (new: Int, onAmazon: Int) {
        let settings = try store.settings()
        let after = SyncWindow.queryStart(watermark: try store.financesWatermark(), connectedAt: settings.connectedAt)
        let upTo = clock.now.addingTimeInterval(-Self.settleTime)
        guard upTo > after else { return (0, 0) }
        var token: String?
        var total = (new: 0, onAmazon: 0)
        repeat {
            let page = try await client.listFinancialEvents(postedAfter: after, postedBefore: upTo, nextToken: token)
            let events = try (page.financialEvents?.refundEventList ?? []).compactMap(Self.event)
            token = page.nextToken
            let recorded = try store.recordAmazonRefunds(events, watermark: token == nil ? upTo : nil)
            total.new += recorded.new
            total.onAmazon += recorded.onAmazon
        } while token != nil
        return total
    }

    /// One refund event as a positive amount. An event without an order or amounts is not a refund
    /// this console can place, and is skipped; an amount that is not a number refuses the page whole.
    static func event(_ e: ShipmentEvent) throws -> AmazonRefundEvent? {
        guard let orderId = e.amazonOrderId, let posted = e.postedDate.flatMap(SPAPIDate.parse),
              let items = e.shipmentItemAdjustmentList, !items.isEmpty else { return nil }
        var minor: Int64 = 0
        var currency: String?
        for charge in items.flatMap({ $0.itemChargeAdjustmentList ?? [] }) {
            guard let amount = charge.chargeAmount, let code = amount.currencyCode, let text = amount.currencyAmount else { continue }
            let money = try Money(parsing: text, currency: code, allowNegative: true)
            currency = code
            minor += money.minorUnits
        }
        guard let currency, minor != 0 else { return nil }
        let key = items.compactMap(\.orderAdjustmentItemId).joined(separator: ",")
        return AmazonRefundEvent(eventKey: key.isEmpty ? "\(orderId)@\(e.postedDate ?? "")#\(minor)" : key,
                                 amazonOrderId: orderId, postedAt: posted, amount: Money(minorUnits: -minor, currency: currency))
    }
}
