import Foundation
import MerchantCore
import MerchantStore

/// The ship dialog of one order (R13): carrier, tracking number checked as it is typed, ship date,
/// and per item how many units leave now (a partial shipment when fewer than all).
public struct ShipDialog: Sendable, Equatable, ShipmentFields {
    public enum Field: Hashable, Sendable, ShipmentField {
        case carrier, carrierName, tracking, date, item(Int)
    }

    public var order: AmazonOrder
    /// Per item, the units still to ship by our own record (a shipment Amazon has not confirmed yet counts).
    public var open: [Int]
    /// Per item, the units this shipment sends; all that is open by default.
    public var quantities: [Int]
    /// Index into the carrier picker (`CarrierChoice`).
    public var carrier: Int
    public var carrierName = TextInput()
    public var tracking = TextInput()
    public var date: TextInput
    /// The date field as it opened: left so, the shipment leaves "now" (R13's default).
    let defaultDate: String
    public var focus: Field
    /// R16: buyers' messages are only in Seller Central. Shown in the first ship dialog of a session.
    public var reminder: Bool
    /// Why the last Enter did not ship: a check above, or the store's refusal (R30); the dialog stays open to fix it.
    public var problem: String?
    /// The tracking number is already another address's parcel: the store refused, and the dialog asks whether
    /// it is one parcel on purpose (No chosen). While asked, only the answer keys work.
    public var shipAnyway: ShipAnywayQuestion?

    init(detail: OrderDetail, now: Date, carrier: Int, reminder: Bool) {
        order = detail.order
        open = detail.order.items.map { item in
            let ours = detail.local?.lines.first { $0.orderItemId == item.orderItemId }?.quantityShipped ?? 0
            return max(0, item.quantityOrdered - max(item.quantityShipped, ours))
        }
        quantities = open
        self.carrier = carrier
        defaultDate = ShipDateText.format(now)
        date = TextInput(defaultDate)
        focus = .tracking
        self.reminder = reminder
    }

    /// The fields Tab walks through, top to bottom.
    var fields: [Field] {
        var list: [Field] = [.carrier]
        if carrier == CarrierChoice.otherIndex { list.append(.carrierName) }
        list += [.tracking, .date]
        list += open.indices.filter { open[$0] > 0 }.map(Field.item)
        return list
    }

    /// nil ships everything still open; otherwise quantities by order item, checked by the same rule the store uses.
    var itemsCheck: Result<[String: Int]?, ActionRefusal> {
        let requested: [String: Int]? = quantities == open ? nil
            : Dictionary(uniqueKeysWithValues: order.items.indices.filter { quantities[$0] > 0 }.map { (order.items[$0].orderItemId, quantities[$0]) })
        var view = order
        for i in view.items.indices { view.items[i].quantityShipped = view.items[i].quantityOrdered - open[i] }
        return Result { () throws(ActionRefusal) in _ = try ShipmentLines.choose(view, requested: requested); return requested }
    }

    /// What Enter sends, or the first reason it cannot be sent yet.
    func request(now: Date) -> Result<ShipmentRequest, Reason> {
        shipmentCheck(now: now).flatMap { checked in
            itemsCheck.mapError(Reason.init).map { items in
                ShipmentRequest(amazonOrderId: order.amazonOrderId, carrier: checked.carrier, trackingNumber: tracking.text,
                                shipDate: checked.shipDate, items: items)
            }
        }
    }

    // MARK: keys

    /// ←/→: another carrier, or one unit more or less of an item; the answer while "Ship anyway?" is asked.
    mutating func choose(by step: Int) {
        if shipAnyway != nil {
            shipAnyway!.yes.toggle()
            return
        }
        switch focus {
        case .carrier:
            chooseCarrier(by: step)
        case .item(let i):
            quantities[i] = min(open[i], max(0, quantities[i] + step))
        default:
            break
        }
    }

    /// Carrier name, tracking number and date are text; the carrier and the items are not.
    var focusedText: WritableKeyPath<ShipDialog, TextInput>? { shipAnyway == nil ? shipmentText : nil }

    /// Typing: as in every ship dialog; on an item, digits set the quantity.
    mutating func type(_ key: Key) {
        if shipAnyway != nil {
            if let answer = YesNo.answer(key) { shipAnyway!.yes = answer }
            return
        }
        if case .item(let i) = focus {
            if case .character(let c) = key, let d = c.wholeNumberValue, c.isASCII {
                let grown = quantities[i] * 10 + d
                quantities[i] = grown <= open[i] ? grown : min(d, open[i])
            } else if key == .backspace || key == .delete {
                quantities[i] /= 10
            }
        } else {
            typeShipmentField(key)
        }
        problem = nil
    }
}

/// "Ship anyway?": the number is already the parcel of an order to another address (R13), or the buyer asks to
/// cancel the order (`ShipWarning`). Yes ships this very request on purpose; No (the default) goes back to the form.
public struct ShipAnywayQuestion: Sendable, Equatable {
    /// What the question is about, and so what a Yes says to the store.
    public enum Why: Sendable, Equatable {
        /// One parcel with an order to another address: a Yes sends `sharedParcel`.
        case parcel
        /// The buyer asks to cancel: a Yes sends `despiteCancelRequest`.
        case buyerAsksToCancel
    }

    /// The request asked about, to send again with the Yes on it.
    public var request: ShipmentRequest
    /// Why it is asked: the store's refusal naming the other order, or the buyer's request.
    public var reason: String
    public var why: Why = .parcel
    public var yes = false

    /// The request a Yes sends.
    var confirmed: ShipmentRequest {
        var confirmed = request
        switch why {
        case .parcel: confirmed.sharedParcel = true
        case .buyerAsksToCancel: confirmed.despiteCancelRequest = true
        }
        return confirmed
    }
}

extension ShipDialog {
    /// The order's purchase: no ship date before it (R13).
    var shippableSince: Date { order.purchaseDate }
}
