import Foundation
import MerchantCore
import MerchantStore

/// What the Shop pane reads in one go: the newest shop orders, and which of them wait for Amazon to
/// hear that the merchant wants its fulfillment order cancelled.
public struct ShopWindow: Sendable, Equatable {
    public var orders: [ShopOrder]
    /// References with a fulfillment cancellation still in the outbox.
    public var cancelAsked: Set<String>
    /// The limit the orders were read with: a window that long may go on.
    public var limit: Int
}

/// The Shop pane: orders of the merchant's own web shop, newest first, with who fulfils each (R26, R27).
/// j/k move over the orders; a note (why the merchant ships it) takes a dim line of its own.
public struct ShopPane: Sendable, Equatable {
    public var window: ShopWindow?
    /// Index into `window.orders` of the selected order.
    public var selected = 0
    /// First body line shown (`ShopLines`).
    public var top = 0

    /// A few hundred orders: the newest, read as a window, never the whole table.
    static let windowLimit = 200

    var orders: [ShopOrder] { window?.orders ?? [] }

    public var selectedOrder: ShopOrder? { orders.indices.contains(selected) ? orders[selected] : nil }
}

/// The reads and store operations of the Shop pane, run by `StoreEffects`.
public enum ShopEffect: Sendable, Equatable {
    case load(limit: Int)
    /// Reads the order fresh before `s` or `x` opens a dialog; for `s`, with the store's verdict on shipping it.
    case prepare(ShopAction, String)
    /// `merchant shop ship`'s store operation; sent only by a confirmed ship dialog.
    case ship(ShopShipment)
    /// `merchant shop cancel-fulfillment`'s store operation; sent only by an explicit Yes.
    case cancelFulfillment(String)
}

/// What the store answered the Shop pane.
public enum ShopMessage: Sendable {
    case loaded(ShopWindow)
    /// The order read fresh for an action; `refusal` is the store's own word on shipping it (for `s`).
    case prepared(ShopAction, ShopOrder, refusal: String?)
    case shipped(reference: String, carrier: String, trackingNumber: String)
    /// Amazon's fulfillment order was cancelled here (never sent) or its cancellation queued: the order as it is now.
    case fulfillmentCancelled(ShopOrder)
}

/// What the merchant asked to do with a shop order.
public enum ShopAction: Sendable, Equatable {
    case ship, cancelFulfillment
}

/// A whole shop order leaving the merchant's own warehouse.
public struct ShopShipment: Sendable, Equatable {
    public var reference: String
    public var carrier: Carrier
    public var trackingNumber: String
    /// nil: now.
    public var shipDate: Date?
}

/// The body lines of the Shop pane: each order, then its note when it has one.
enum ShopLine: Equatable {
    /// Index into `ShopPane.orders`.
    case order(Int)
    case note(Int)
}

enum ShopLines {
    static func build(_ pane: ShopPane) -> [ShopLine] {
        pane.orders.enumerated().flatMap { i, o in o.note == nil ? [ShopLine.order(i)] : [.order(i), .note(i)] }
    }
}

/// Who fulfils a shop order and how far it has come, in the pane's words. Facts of the order and the
/// domain's verdicts (`FulfillmentOrderStatus`); the rules themselves stay in MerchantCore and the store.
enum ShopFulfilment {
    static func byAmazon(_ o: ShopOrder) -> Bool { o.fulfilledBy == .amazon }

    /// Amazon's status, when Amazon has a say in it.
    static func amazonStatus(_ o: ShopOrder) -> FulfillmentOrderStatus? { o.fulfillment.flatMap { FulfillmentOrderStatus(amazon: $0.status) } }

    /// The WHO SHIPS column: "Amazon: Received", "Amazon: Complete DHL TBA…", "you ship it", "shipped by you".
    static func column(_ o: ShopOrder, cancelAsked: Bool) -> (String, Style) {
        if byAmazon(o) {
            guard let f = o.fulfillment else { return ("Amazon", .plain) }
            // A cancellation on its way matters more than the status it will end (the line below the list has both).
            var text = "Amazon: \(cancelAsked ? tr("shop.who.cancel-asked") : statusWord(f.status))"
            if let tracking = f.trackingNumber { text += " \(f.carrier ?? "Amazon") \(tracking)" }
            let style: Style = amazonStatus(o)?.isShipped == true ? .good : Style(color: .cyan)
            return (text, style)
        }
        switch o.status {
        case .processing: return (tr("shop.who.you"), .bold)
        case .shipped: return (tr("shop.who.shipped"), .good)
        default: return (status(o.status), .dim)
        }
    }

    /// Amazon's status as Amazon names it (Received, Complete); not sent yet is the console's own word, in the language.
    static func statusWord(_ status: String) -> String { status == ShopOrderRules.notSent ? tr("shop.who.sending") : status }

    /// A shop order's own status in the merchant's words: "cancelled", "refunded".
    static func status(_ status: LocalOrderStatus) -> String {
        switch status {
        case .processing: tr("shop.status.processing")
        case .shipped: tr("shop.status.shipped")
        case .cancelled: tr("shop.status.cancelled")
        case .refunded: tr("shop.status.refunded")
        case .partiallyRefunded: tr("shop.status.partially-refunded")
        }
    }

    /// Why `x` cannot ask Amazon to cancel this order's fulfillment, or nil when it can (R26): MerchantCore's
    /// `ShopOrderRules`, which the store asks again when the merchant says Yes.
    static func refusalToCancel(_ o: ShopOrder, cancelAsked: Bool) -> String? { o.refusalToTakeBack(cancelAsked: cancelAsked) }

    /// "2× MUG-BLAU-350, 1× TEE-MATCHA-100".
    static func items(_ o: ShopOrder) -> String { o.lines.map { "\($0.quantity)× \($0.productSku)" }.joined(separator: ", ") }

    /// "Hauptstraße 1, 10115 Berlin, DE".
    static func address(_ a: PostalAddress) -> String {
        let place = [a.postalCode, a.city].compactMap { $0 }.joined(separator: " ")
        return (a.lines + [place, a.countryCode ?? ""]).filter { !$0.isEmpty }.joined(separator: ", ")
    }
}
