import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// One order's rates as the console asks for them: the rates, or why there are none, in a merchant's words.
public struct OrderRatesAnswer: Sendable, Equatable {
    public var amazonOrderId: String
    /// What Amazon offered, kept for 10 minutes; nil when refused.
    public var rates: KeptRates?
    /// Why no rates came (a product without weight or size, no ship-from address, the network); nil when they came.
    public var refusal: String?
    /// The order's ship-by date (R15) and Amazon's deliver-by date, which marked orders' rates are chosen by (`OnTimeRate`).
    public var shipBy: Date?
    public var deliverBy: Date?

    public init(amazonOrderId: String, rates: KeptRates?, refusal: String?, shipBy: Date? = nil, deliverBy: Date? = nil) {
        self.amazonOrderId = amazonOrderId
        self.rates = rates
        self.refusal = refusal
        self.shipBy = shipBy
        self.deliverBy = deliverBy
    }
}

extension ChannelSync {
    /// The rates for an order's parcel from its products' facts and the ship-from setting, as `merchant rates ID`
    /// asks them (the same store reads and `LabelRates`). An order that may not ship (R4, R10, R14) is refused before
    /// Amazon is asked; so are missing facts. Every failure comes back as words, never thrown.
    public func orderRates(_ amazonOrderId: String) async -> OrderRatesAnswer {
        var shipBy: Date?
        var deliverBy: Date?
        do {
            let detail = try store.orderDetail(amazonOrderId)
            shipBy = detail.order.latestShipDate
            deliverBy = detail.order.latestDeliveryDate
            if let refusal = OrderActionRules.refusalToShip(detail.order, local: detail.local?.status) { throw refusal }
            let parcel = try store.orderParcel(amazonOrderId)
            guard let shipFrom = try store.shipFromAddress() else { throw LabelRefusal.shipFromMissing }
            let kept = try await LabelRates(store: store, client: client, clock: clock)
                .fetch(orderId: amazonOrderId, parcel: parcel, shipFrom: shipFrom.postalAddress)
            return OrderRatesAnswer(amazonOrderId: amazonOrderId, rates: kept, refusal: nil, shipBy: shipBy, deliverBy: deliverBy)
        } catch let refusal as LabelRefusal {
            return OrderRatesAnswer(amazonOrderId: amazonOrderId, rates: nil, refusal: refusal.description, shipBy: shipBy, deliverBy: deliverBy)
        } catch let refusal as ActionRefusal {
            return OrderRatesAnswer(amazonOrderId: amazonOrderId, rates: nil, refusal: refusal.description, shipBy: shipBy, deliverBy: deliverBy)
        } catch let error as StoreError {
            return OrderRatesAnswer(amazonOrderId: amazonOrderId, rates: nil, refusal: "\(error)", shipBy: shipBy, deliverBy: deliverBy)
        } catch let error as SPAPIError {
            // Amazon refused or could not answer: in the words a sync's problem is said in.
            return OrderRatesAnswer(amazonOrderId: amazonOrderId, rates: nil, refusal: tr("label-dialog.rates.failed", SyncProblem.plain(error)), shipBy: shipBy, deliverBy: deliverBy)
        } catch {
            // The network itself (no connection, no name): nothing a merchant reads more of than that.
            return OrderRatesAnswer(amazonOrderId: amazonOrderId, rates: nil, refusal: tr("label-dialog.rates.failed", tr("sync.problem.transport-failed")), shipBy: shipBy, deliverBy: deliverBy)
        }
    }
}
