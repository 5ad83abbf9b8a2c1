extension Catalogue {
    /// The dialogs: ship, ship the marked, cancel, refund, the blocked order's fix, the quit question, and what they share.
    static let dialogsEnglish = #"""
    # The keys of every dialog
    dialog.key.confirm = confirm (a question: only Yes acts)
    dialog.key.confirm.hint = confirm
    dialog.key.close = close; nothing is changed
    dialog.key.close.hint = close
    dialog.key.next = next field
    dialog.key.next.hint = next
    dialog.key.previous = previous field
    dialog.key.left = previous choice; one unit less
    dialog.key.right = next choice; one unit more
    dialog.key.right.hint = choose
    dialog.key.edit = in a text field: ←/→, Home and End move the cursor, typing goes in at it, ^U clears the field
    dialog.closed = Closed: nothing was changed.
    dialog.notice.close = Any key closes this.
    # Fields (labels: at most 10 columns) and the question's answers (y and n stay the keys)
    dialog.field.carrier = Carrier
    dialog.field.name = Name
    dialog.field.tracking = Tracking
    dialog.field.date = Ship date
    dialog.field.items = Items
    dialog.field.reason = Reason
    dialog.field.refund = Refund
    dialog.field.amount = Amount
    dialog.field.product = Product
    dialog.field.on-hand = On hand
    dialog.picker.hint = ←→ or a letter
    dialog.carrier.other = Other
    dialog.tracking.valid = valid
    dialog.tracking.valid.as = valid: {1}
    dialog.tracking.not-valid = not valid
    dialog.date.now = now
    dialog.date.utc = {1} UTC
    dialog.reason.choose = choose one
    dialog.reason.first = Choose Amazon's reason first (Reason, ←/→).
    dialog.buyer-gets = the buyer gets {1} back
    dialog.no = No
    dialog.yes = Yes
    dialog.answer.hint = ←→ or y/n; Enter answers
    # Why Enter did not go through: {1} is one of the "cannot" words below, {2} the reason
    dialog.cannot = {1}: {2}
    dialog.refused = Refused: {1} Nothing was changed.
    dialog.refused.flash = Refused: {1}. Nothing was changed.
    # Ship one order
    dialog.ship.title = Ship order · Enter ships · Esc closes
    dialog.ship.heading = {1} · {2} · {3} {3|unit|units} to ship
    dialog.ship.cancel-instead = Esc, then c, cancels it instead.
    dialog.ship.items = units leaving now; fewer ship part of the order
    dialog.ship.shipped = shipped
    dialog.ship.of = of {1}
    dialog.ship.reminder = Buyers' messages reach you only in Seller Central, not here.
    dialog.ship.anyway.parcel = Ship anyway? Only if it really is one parcel with that order.
    dialog.ship.anyway.cancel = Ship anyway? Only if it must go although the buyer asked to cancel.
    dialog.ship.cannot = Cannot ship yet
    dialog.not-shipped = Not shipped: {1}
    # Ship the marked orders
    dialog.bulk.title = Ship marked orders · Enter ships all · Esc closes
    dialog.bulk.heading = {1} marked {1|order|orders}, shipped now with one carrier: all of them, or none.
    dialog.bulk.column.order = ORDER
    dialog.bulk.column.buyer = BUYER
    dialog.bulk.column.tracking = TRACKING
    dialog.bulk.anyway = Ship anyway? {1|Its buyer asks|Their buyers ask} to cancel: only if {1|it|they} must go.
    dialog.bulk.not-shipped = Not shipped: the {1|buyer|buyers} of {2} asked to cancel. Esc, then Space unmarks an order.
    # Cancel an order
    dialog.cancel.title = Cancel order · Esc closes
    dialog.cancel.question = Cancel order {1} for {2} on Amazon?
    dialog.cancel.facts = Total {1} · {2} {2|unit|units} · nothing shipped yet
    # {1}: "buyer asks to cancel: reason"
    dialog.cancel.request = The {1}
    dialog.cancel.stock.back = the units go back on the shelf
    dialog.cancel.stock.gone = the units come off the shelf count: there are none
    dialog.cancel.ask = Cancelling on Amazon cannot be undone. Cancel this order?
    dialog.cancel.no = Not cancelled: {1} is unchanged.
    dialog.cancel.cannot = Cannot cancel yet
    # Refund an order
    dialog.refund.title = Refund order · Esc closes
    dialog.refund.question = Refund order {1} for {2}?
    dialog.refund.total = Total {1} · refunded by the console {2}
    dialog.refund.on-amazon = refunded on Amazon {1} (apart)
    dialog.refund.left = left to refund {1}
    dialog.refund.arrived = The returned package arrived
    dialog.refund.returning = The buyer is returning a package
    dialog.refund.suggested = {1}: {2} suggested.
    dialog.refund.would-fail = would fail, {1}
    dialog.refund.ask = Amazon is told at once. Refund this order?
    dialog.refund.no = Not refunded: {1} is unchanged.
    dialog.refund.cannot = Cannot refund yet
    # Fix a blocked order
    dialog.fix.title = Blocked order · {1} · Esc closes
    dialog.fix.heading = Order {1} cannot be imported:
    dialog.fix.action = Enter fixes
    dialog.fix.action.map = Enter maps it
    dialog.fix.action.restock = Enter saves the stock
    dialog.fix.action.enable = Enter enables it
    dialog.fix.action.none = nothing to do here
    dialog.fix.map = Map Amazon SKU {1} to a product of the catalog: its orders take that product's stock.
    dialog.fix.disabled = (disabled)
    dialog.fix.no-product.name = no product
    dialog.fix.restock = Restock {1}: {2} {2|unit|units} short. Type the stock on hand now.
    dialog.fix.enable = Enable {1}: it is sold again, on Amazon and in the shop.
    dialog.fix.asin = Set the product's ASIN on the command line: merchant catalog set SKU --asin ASIN.
    dialog.fix.next-sync = Once fixed, the order is imported at the next sync.
    dialog.fix.no-product = the catalog has no product to map it to
    dialog.fix.whole-number = type the stock on hand as a whole number, like 12
    dialog.fix.command-line = this order's block is fixed on the command line: merchant catalog set SKU --asin ASIN
    dialog.fix.cannot = Cannot fix yet
    dialog.fix.done.map = Amazon SKU {1} now takes its stock from {2}.
    dialog.fix.done.stock = {1} has {2} on hand.
    dialog.fix.done.enable = {1} is enabled.
    dialog.fix.fixed = Fixed
    dialog.fix.fixed.text = {1} Order {2} is imported at the next sync; press R to sync now.
    dialog.fix.saved = Saved: {1} {2} is imported at the next sync.
    # Quit while work would be lost
    dialog.quit.title = Quit? · Esc keeps working
    dialog.quit.question = Quit merchant? {1} will be lost.
    dialog.quit.marked.one = the marked order
    dialog.quit.marked = the {1} marked orders
    dialog.quit.typed = what you typed in the dialog
    """#
}
