import Foundation
import MerchantCore
import MerchantStore

/// Shipping every marked order at once: one carrier, a tracking number each, shipped now, all or none (`shipAll`).
public struct BulkShipDialog: Sendable, Equatable, CarrierFields, FieldOrder {
    public enum Field: Hashable, Sendable {
        case carrier, carrierName, tracking(Int)
    }

    /// One marked order and its tracking number.
    public struct Line: Sendable, Equatable {
        public var amazonOrderId: String
        public var buyerName: String?
        /// The buyer asks to cancel this order: Enter asks "Ship anyway?" first (`ShipWarning`).
        public var cancelRequest: BuyerCancelRequest?
        public var tracking = TextInput()
    }

    public var lines: [Line]
    public var carrier: Int
    public var carrierName = TextInput()
    public var focus: Field = .tracking(0)
    /// R16, as in the single ship dialog: shown once a session.
    public var reminder: Bool
    public var problem: String?
    /// "Ship anyway?" for the marked orders whose buyer asks to cancel: nil until Enter asks, then the answer, No first.
    public var shipAnyway: Bool?
    /// The merchant answered Yes: the orders ship although their buyers asked to cancel; not asked again.
    public var despiteCancelRequests = false

    init(details: [OrderDetail], carrier: Int, reminder: Bool) {
        lines = details.map { Line(amazonOrderId: $0.order.amazonOrderId, buyerName: $0.order.buyerName, cancelRequest: $0.order.buyerCancelRequest) }
        self.carrier = carrier
        self.reminder = reminder
    }

    var fields: [Field] {
        (carrier == CarrierChoice.otherIndex ? [.carrier, .carrierName] : [.carrier]) + lines.indices.map(Field.tracking)
    }

    /// Each line's number checked against the one carrier (R13).
    func trackingCheck(_ i: Int) -> Result<String, TrackingError> {
        let carrier = carrierForChecking
        return Result { () throws(TrackingError) in try TrackingNumber.validate(lines[i].tracking.text, carrier: carrier) }
    }

    /// What Enter sends, or the first reason it cannot be sent yet, naming the order.
    var requests: Result<[ShipmentRequest], Reason> {
        let carrier: Carrier
        switch carrierCheck {
        case .success(let c): carrier = c
        case .failure(let e): return .failure(Reason(e))
        }
        for i in lines.indices {
            if case .failure(let e) = trackingCheck(i) { return .failure(Reason("\(lines[i].amazonOrderId): \(e)")) }
        }
        return .success(lines.map {
            ShipmentRequest(amazonOrderId: $0.amazonOrderId, carrier: carrier, trackingNumber: $0.tracking.text, despiteCancelRequest: despiteCancelRequests)
        })
    }

    /// The marked orders whose buyer asks to cancel.
    var askingToCancel: [Line] { lines.filter { $0.cancelRequest != nil } }

    // MARK: keys

    mutating func choose(by step: Int) {
        if shipAnyway != nil { return shipAnyway!.toggle() }
        if focus == .carrier { chooseCarrier(by: step) }
    }

    /// The name for Other and each tracking number are text; the carrier picker is not.
    var focusedText: WritableKeyPath<BulkShipDialog, TextInput>? {
        if shipAnyway != nil { return nil }  // ←/→ answer the question
        switch focus {
        case .carrier: return nil
        case .carrierName: return \.carrierName
        case .tracking(let i): return \.lines[i].tracking
        }
    }

    mutating func type(_ key: Key) {
        if shipAnyway != nil {
            if let answer = YesNo.answer(key) { shipAnyway = answer }
            return
        }
        switch focus {
        case .carrier: pickCarrier(key)
        case .carrierName: _ = carrierName.type(key)
        case .tracking(let i): _ = lines[i].tracking.type(key)
        }
        problem = nil
    }
}
