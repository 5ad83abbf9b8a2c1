import Foundation
import MerchantCore
import MerchantStore

/// The Shop pane's dialogs: shipping an order the merchant fulfils, and taking one back from Amazon.
public enum ShopDialog: Sendable, Equatable {
    case ship(ShopShipDialog)
    case cancelFulfillment(CancelFulfillmentDialog)

    var reference: String {
        switch self {
        case .ship(let d): d.order.reference
        case .cancelFulfillment(let d): d.order.reference
        }
    }
}

/// Shipping a whole shop order (R13's carrier, tracking number and date, as for Amazon orders): the ship
/// dialog's carrier picker, tracking check and date, without items, since the whole order leaves at once.
public struct ShopShipDialog: Sendable, Equatable, ShipmentFields {
    public enum Field: Hashable, Sendable, ShipmentField {
        case carrier, carrierName, tracking, date
    }

    public var order: ShopOrder
    /// Index into the carrier picker (`CarrierChoice`).
    public var carrier: Int
    public var carrierName = TextInput()
    public var tracking = TextInput()
    public var date: TextInput
    /// The date field as it opened: left so, the order leaves "now" (R13's default).
    let defaultDate: String
    public var focus: Field = .tracking
    /// Why the last Enter did not ship: a check here, or the store's refusal; the dialog stays open to fix it.
    public var problem: String?

    init(order: ShopOrder, now: Date, carrier: Int) {
        self.order = order
        self.carrier = carrier
        defaultDate = ShipDateText.format(now)
        date = TextInput(defaultDate)
    }

    var fields: [Field] { carrier == CarrierChoice.otherIndex ? [.carrier, .carrierName, .tracking, .date] : [.carrier, .tracking, .date] }

    /// What Enter sends, or the first reason it cannot be sent yet.
    func request(now: Date) -> Result<ShopShipment, Reason> {
        shipmentCheck(now: now).map { checked in
            ShopShipment(reference: order.reference, carrier: checked.carrier, trackingNumber: tracking.text, shipDate: checked.shipDate)
        }
    }

    // MARK: keys

    mutating func choose(by step: Int) {
        if focus == .carrier { chooseCarrier(by: step) }
    }

    mutating func type(_ key: Key) {
        typeShipmentField(key)
        problem = nil
    }

    var focusedText: WritableKeyPath<ShopShipDialog, TextInput>? { shipmentText }
}

/// Asking Amazon to cancel its fulfillment order of a shop order, so that the merchant ships it (R26).
/// One question, No chosen: only an explicit Yes asks.
public struct CancelFulfillmentDialog: Sendable, Equatable {
    public var order: ShopOrder
    /// The answer: No until the merchant moves to Yes.
    public var yes = false
    public var problem: String?

    init(order: ShopOrder) { self.order = order }

    /// Not at Amazon yet: the store keeps it from being sent, and the order is the merchant's at once.
    var notSentYet: Bool { order.fulfillment?.status == ShopOrderRules.notSent }

    mutating func focus(by step: Int) {}

    /// A question only: no text to edit.
    var focusedText: WritableKeyPath<CancelFulfillmentDialog, TextInput>? { nil }

    mutating func choose(by step: Int) {
        yes.toggle()
        problem = nil
    }

    /// y or n answers as well as ←/→.
    mutating func type(_ key: Key) {
        if let answer = YesNo.answer(key) {
            yes = answer
            problem = nil
        }
    }
}

extension ShopShipDialog {
    /// The shop order's own date stands for the purchase: no ship date before it (R13).
    var shippableSince: Date { order.createdAt }
}
