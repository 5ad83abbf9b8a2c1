extension Catalogue {
    /// The Orders and Pending panes and an opened order.
    static let ordersEnglish = #"""
    # the list's title
    orders.count = {1} {1|order|orders}
    orders.counting = counting…
    orders.title.search = Search "{1}": {2} found, newest first (Esc clears)
    orders.title.urgency = Orders · filter {1} · {2} still to ship, most urgent first (pending, shipped, cancelled not listed)
    orders.title.urgency.short = Orders · {1} · {2} to ship · urgent
    # {1} is the filter and its count: "all (11)"
    orders.title.newest = Orders · filter {1} · sort newest first
    orders.title.newest.short = Orders · {1} · newest
    # the filters' names on screen (f, b); English keeps the words merchant orders --status takes
    orders.filter.all = all
    orders.filter.unshipped = unshipped
    orders.filter.pending = pending
    orders.filter.cancel-requested = cancel-requested
    orders.filter.blocked = blocked
    orders.filter.part-shipped = part-shipped
    orders.filter.shipped = shipped
    orders.filter.cancelled = cancelled
    orders.filter.read-only = read-only
    orders.filter.before-connection = before-connection
    orders.filter.pre-order = pre-order
    orders.filter.unfulfillable = unfulfillable
    orders.filter.imported = imported
    orders.filter.reserved = reserved
    orders.title.marked = {1} marked (s ships, Esc unmarks)
    orders.title.import.off = import off: read only
    orders.empty.search = No order matches. Esc clears the search.
    orders.reading = Reading orders…
    orders.empty.filter = No orders with this filter. f changes it.
    orders.empty.sync = No orders yet: they appear here as the sync brings them.
    orders.empty = No orders yet.
    # column headers (every one fits its column: ORDER 19, BOUGHT 7, AMAZON 12, CH 3, QTY 3, OURS 11, TOTAL 12, SHIP BY 8)
    orders.column.order = ORDER
    orders.column.bought = BOUGHT
    orders.column.amazon = AMAZON
    orders.column.channel = CH
    orders.column.buyer = BUYER
    orders.column.quantity = QTY
    orders.column.ours = OURS
    orders.column.total = TOTAL
    orders.column.ship.by = SHIP BY
    # row words (AMAZON column: 12 columns; OURS: 11)
    orders.confirming = confirming…
    orders.accepted = confirmed
    orders.cancel.asked = cancel asked
    orders.buyer.pending = (pending)
    orders.ours.part.refund = part refund
    orders.ours.blocked = blocked
    orders.ours.reserved = reserved
    orders.ours.awaiting = awaiting
    orders.ours.read.only = read only
    orders.ours.before = before
    orders.local.processing = processing
    orders.local.shipped = shipped
    orders.local.cancelled = cancelled
    orders.local.refunded = refunded
    orders.local.partially.refunded = partially refunded
    orders.payment.not.submitted = not yet submitted
    orders.payment.paid = paid
    # the ? overlay's legend
    orders.legend.blocked = blocked: it cannot become a local order (unknown SKU, product off, or short of stock); Enter says why
    orders.legend.read.only = read only: import was off when it came, or it came before the connection
    orders.legend.cancel.asked = the buyer asks to cancel ({1} says {2}): s warns first, c cancels with BuyerCanceled
    orders.legend.marked = marked with Space: s ships every marked order
    orders.legend.ours = your local order's status, or why there is none:
    orders.legend.before = bought before the channel was connected: never imported
    orders.legend.awaiting = Amazon has not confirmed the payment yet
    orders.legend.reserved = pending: its units are reserved, not taken
    orders.legend.blocked.state = cannot be imported (see !)
    orders.legend.read.only.state = import was off when it came: act in Seller Central
    orders.legend.ship.by = LATE in red: past Amazon's ship-by date; yellow: due within a day
    # keys: help is the ? overlay's text, hint the footer's word
    orders.key.open = open the order
    orders.key.open.hint = open
    orders.key.ship = ship the order, or every marked order at once
    orders.key.ship.hint = ship
    orders.key.cancel = cancel the order, refunding the buyer (asks first)
    orders.key.cancel.hint = cancel
    orders.key.refund = refund the order: amount, Amazon's reason (asks first)
    orders.key.refund.hint = refund
    orders.key.mark = mark or unmark the order (s ships the marked)
    orders.key.search = search: order id, buyer, SKU, ASIN, title
    orders.key.search.hint = search
    orders.key.filter = filter by status (cycles)
    orders.key.filter.hint = filter
    orders.key.filter.back = filter by status, cycling backwards
    orders.key.blocked = only orders that cannot be imported
    orders.key.sort = sort: newest or ship-by urgency
    orders.key.sort.hint = sort
    orders.key.back = back; clears a search, then the marks
    orders.key.back.hint = back
    orders.whynot.nothing.to.open = there is no order here to open
    orders.whynot.no.order = there is no order here
    orders.whynot.no.refund = there is no refund here
    orders.whynot.reading = the order is still being read
    orders.whynot.sort.search = search results are always newest first: Esc clears the search
    orders.whynot.filter.search = filters apply to the list, not to search results: Esc clears the search
    orders.whynot.back = nothing to go back to: this is the list
    # what s, c and r did, or why they cannot
    orders.unmarked = Unmarked {1} {1|order|orders}.
    orders.refused.ship = s ship: not available
    orders.refused.ship.marked = s ship the marked orders: not available
    orders.refused.cancel = c cancel: not available
    orders.refused.refund = r refund: not available
    orders.refusal.one = {1}.
    orders.refusal.marked = {1}. Space unmarks it.
    # {3} carrier, {4} tracking number, {5} package, {6} what the label adds, if anything
    orders.shipped.one = Shipped {1} {1|unit|units} of {2} with {3} {4} (package {5}){6}. Amazon is told at once; the Outbox shows it until Amazon confirms.
    orders.shipped.many = Shipped {1} {1|order|orders} with {2}. Amazon is told at once; the Outbox shows them until Amazon confirms.
    # {2} is Amazon's reason code (BuyerCanceled), {3} the refund
    orders.cancelled = Cancelled {1} ({2}), refunding {3}. Amazon is told at once; the Outbox shows it until Amazon confirms.
    # the Pending pane
    orders.pending.title = Pending · {1} {1|order|orders} awaiting payment
    orders.pending.title.preorders = Pending · {1} {1|order|orders} awaiting payment ({2} {2|pre-order|pre-orders})
    orders.pending.title.settings = import pending {1} · reserve stock {2}
    orders.pending.switch.on = on
    orders.pending.switch.off = off
    orders.pending.title.short = {1} short of stock
    # columns: WAITING 7
    orders.pending.column.waiting = WAITING
    orders.pending.column.stock = STOCK
    orders.pending.empty = No pending orders.
    orders.pending.reserves = reserves {1}
    orders.pending.stock.short = stock short: {1}; paid now it would be blocked
    orders.pending.stock.left = {1} of {2} left for it
    orders.pending.imported.afn = imported: Amazon ships it from its stock, none of yours
    orders.pending.imported = imported: takes stock
    orders.pending.preorder = pre-order · {1}
    orders.pending.stock.title = Stock per SKU · offered = (override or on hand) − reserved − held, not below 0
    # columns: ON HAND 7, RESERVED 8, HELD 5, OFFERED 7
    orders.pending.column.on.hand = ON HAND
    orders.pending.column.reserved = RESERVED
    orders.pending.column.held = HELD
    orders.pending.column.offered = OFFERED
    orders.pending.column.product = PRODUCT
    # an opened order
    orders.detail.reading = Reading order {1}…
    orders.detail.key.fix = a blocked order: fix what blocks it
    orders.detail.whynot.fix = only a blocked order has something to fix
    orders.detail.ours = ours: {1}
    orders.detail.no.local = no local order
    orders.detail.amazon.confirming = Amazon: {1}, confirming…
    orders.detail.amazon.accepted = Amazon: shipment confirmed, status follows
    # {2} Amazon's status, {3} ours, {4} MFN/AFN, {5} the marketplace
    orders.detail.title = Order {1} · {2} · {3} · {4} · {5}
    orders.detail.purchased = Purchased {1} ({2})
    orders.detail.ship.by = ship by {1}
    orders.detail.deliver.by = Deliver by {1} (Amazon's promise to the buyer)
    orders.detail.deliver.window = Deliver by {1} (buyer's window from {2})
    orders.detail.buyer = Buyer {1} · total {2}
    orders.detail.payment = payment {1}
    orders.detail.pending = Pending: Amazon has not confirmed the payment; no address, no prices, no actions until it does.
    orders.detail.blocked = Cannot be imported: {1}
    # {1} the buyer's request, a sentence; {2} Amazon's reason code
    orders.detail.cancel.asked = The {1} c cancels it with the reason {2}; s asks before shipping it.
    orders.detail.read.only = Read only: import was off when this order came; act on it in Seller Central:
    orders.detail.afn = Fulfilled by Amazon: Amazon ships it.
    orders.detail.fix = Enter fixes it: map the SKU, restock or enable the product.
    orders.detail.items = Items
    orders.detail.no.asin = no ASIN
    orders.detail.item.shipped = shipped {1}/{2}
    orders.detail.address = Address
    orders.detail.address.pending = pending: no address yet
    orders.detail.address.none = none given
    orders.detail.reserved = Reserved for this order
    orders.detail.packages = Packages and tracking
    orders.detail.packages.none = none yet
    orders.detail.package.confirming = Amazon: confirming…
    orders.detail.package.accepted = Amazon: confirmed, status follows
    orders.detail.package.confirmed = Amazon: confirmed
    orders.detail.package.refused = Amazon refused it: {1}
    orders.detail.package.shipped = shipped {1}
    orders.detail.package.no.carrier = carrier?
    orders.detail.package.no.tracking = no tracking
    orders.detail.history = History
    orders.detail.history.none = nothing recorded
    orders.detail.refunds.reading = reading…
    orders.detail.refunds.none = none · r refunds this order
    orders.detail.refund.suggested = {1} suggested
    # a refund's state: 20 columns
    orders.detail.refund.arrived = requested: the return arrived
    orders.detail.refund.returning = requested: the buyer is returning it
    orders.detail.refund.cancellation = with the cancellation
    orders.detail.refund.waiting = waiting for Amazon
    orders.detail.refund.failed = failed
    orders.detail.refund.done = done
    orders.detail.refund.package = package {1}
    orders.detail.refunds.on.amazon = Refunded on Amazon (made there directly, not by the console; kept apart):
    orders.detail.refund.on.amazon = refunded on Amazon
    """#
}
