extension Catalogue {
    /// The Shop pane and its dialogs.
    static let shopEnglish = #"""
    shop.key.ship = ship a shop order you fulfil: carrier, tracking, date; the whole order
    shop.key.ship.hint = ship
    shop.key.cancel = cancel Amazon's fulfillment of a shop order, to ship it yourself (asks first)
    shop.key.cancel.hint = cancel FBA
    shop.none = there is no shop order here
    shop.title = Shop orders · newest first
    shop.title.counts = {1} Amazon fulfils, {2} you ship, {3} shipped
    shop.title.limit = the newest {1}
    shop.column.ref = REF
    shop.column.age = AGE
    shop.column.buyer = BUYER
    shop.column.items = ITEMS
    shop.column.who = WHO SHIPS
    shop.reading = Reading shop orders…
    shop.empty = No shop orders yet: `merchant shop order` enters one, and the simulated web shop takes some as time passes (`merchant sim advance`).
    # Who ships an order (after "Amazon: " for Amazon's), and a shop order's own status
    shop.who.sending = sending
    shop.who.cancel-asked = cancel asked
    shop.who.you = you ship it
    shop.who.shipped = shipped by you
    shop.status.processing = processing
    shop.status.shipped = shipped
    shop.status.cancelled = cancelled
    shop.status.refunded = refunded
    shop.status.partially-refunded = partially refunded
    # The selected order in full: {1} of the first three is " (why you ship it)" or nothing; "updated" places are " 3h ago" or nothing
    shop.summary.you = You ship it{1}. s ships the whole order: carrier, tracking number, date.
    shop.summary.shipped = Shipped by you{1}.
    shop.summary.status = It is {1}{2}.
    shop.summary.fba.not-sent = Amazon is asked to fulfil it (FBA) at the next sync; it takes none of your own stock. If Amazon cannot fill it, you ship it.
    shop.summary.fba.shipped.tracking = Amazon shipped it with {1} {2}{3}.
    shop.summary.fba.shipped = Amazon shipped it{1}.
    shop.summary.fba = Amazon fulfils it (FBA): {1}{2}.
    shop.summary.cancel-asked = You asked Amazon to cancel it: the request goes at the next sync.
    shop.summary.x = x asks Amazon to cancel it, so that you ship it yourself.
    # s and x
    shop.refusal.ship.title = s ship: not available
    shop.refusal.ship.x = x asks Amazon to cancel its fulfillment order, so that you can ship it.
    shop.refusal.cancel.title = x cancel Amazon's fulfillment: not available
    shop.ship.title = Ship shop order · Enter ships · Esc closes
    shop.ship.heading = {1} · {2} · {3} {3|unit|units}, the whole order ships
    shop.ship.to = {1} · to {2}
    shop.ship.note = You ship it ({1}).
    shop.cancel.title = Cancel Amazon's fulfillment · Esc closes
    shop.cancel.question = Cancel Amazon's fulfillment of {1} for {2}?
    shop.cancel.not-sent = It has not gone to Amazon yet: it is not sent, and is yours to ship (s) at once, from your own stock.
    shop.cancel.sent = Amazon is told at once. Once Amazon has cancelled it, the order is yours to ship (s), from your own stock.
    shop.cancel.ask = Cancel Amazon's fulfillment of this order?
    shop.cancel.no = Not cancelled: Amazon still fulfils {1}.
    shop.flash.shipped = Shipped {1} with {2} {3}: the whole order left your warehouse.
    shop.flash.cancel-asked = Asked Amazon to cancel its fulfillment order of {1}: Amazon is told at once; the Outbox shows it until Amazon confirms.
    shop.flash.not-sent = {1} was not sent to Amazon: it is yours to ship now (s).
    """#
}
