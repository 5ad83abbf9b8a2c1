import Foundation
import MerchantCore

/// The carrier, tracking number and date a ship dialog asks for, checked on every key by the domain's
/// own rules (R13), for Amazon orders and shop orders alike.
protocol ShipmentFields: CarrierFields, FieldOrder where Field: ShipmentField {
    var tracking: TextInput { get set }
    var date: TextInput { get set }
    var defaultDate: String { get }
    /// No ship date may come before this.
    var shippableSince: Date { get }
}

/// The fields every ship dialog has, whatever else its own `Field` holds.
protocol ShipmentField: Equatable {
    static var carrier: Self { get }
    static var carrierName: Self { get }
    static var tracking: Self { get }
    static var date: Self { get }
}

extension ShipmentFields {
    /// The number as Amazon gets it, or why it is not one of the carrier's (R13).
    var trackingCheck: Result<String, TrackingError> {
        let carrier = carrierForChecking
        return Result { () throws(TrackingError) in try TrackingNumber.validate(tracking.text, carrier: carrier) }
    }

    /// nil: the default, now. Otherwise the date typed, once ShipDate accepts it (R13).
    func dateCheck(now: Date) -> Result<Date?, Reason> {
        if date.text == defaultDate {
            return Result { () throws(ShippingError) in try ShipDate.validate(now, purchaseDate: shippableSince, now: now); return nil }
                .mapError(Reason.init)
        }
        return Result { () throws(ShippingError) in
            let typed = try ShipDate.parse(date.text, now: now, timeZone: .current)
            try ShipDate.validate(typed, purchaseDate: shippableSince, now: now)
            return typed
        }
            .mapError(Reason.init)
    }

    /// The carrier and ship date once carrier, tracking number and date all pass; otherwise the first reason not.
    func shipmentCheck(now: Date) -> Result<(carrier: Carrier, shipDate: Date?), Reason> {
        let carrier: Carrier
        switch carrierCheck {
        case .success(let c): carrier = c
        case .failure(let e): return .failure(Reason(e))
        }
        if case .failure(let e) = trackingCheck { return .failure(Reason(e)) }
        return dateCheck(now: now).map { (carrier, $0) }
    }

    /// The text field of these that has the focus (the picker and any other field are not text).
    var shipmentText: WritableKeyPath<Self, TextInput>? {
        switch focus {
        case .carrierName: \.carrierName
        case .tracking: \.tracking
        case .date: \.date
        default: nil
        }
    }

    /// Typing into the fields every ship dialog has: text into the text fields; on the picker a letter picks a carrier.
    mutating func typeShipmentField(_ key: Key) {
        switch focus {
        case .carrier: pickCarrier(key)
        case .carrierName: _ = carrierName.type(key)
        case .tracking: _ = tracking.type(key)
        case .date: _ = date.type(key)
        default: break
        }
    }
}
