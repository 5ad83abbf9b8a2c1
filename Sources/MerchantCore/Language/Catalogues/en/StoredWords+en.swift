extension Catalogue {
    /// What the store writes down for the merchant to read later, each kept in every language: an order's history,
    /// the notices a refund, an outbox message or a shop order keeps, and the activity lines of the catalog, the
    /// ship-from address, the shop and order notifications.
    static let storedWordsEnglish = #"""
    # an order's history (Detail pane, merchant order)
    store.history.received = received as {1}
    store.history.imported = imported as local order #{1}
    store.history.no-longer-asks = the buyer no longer asks to cancel
    store.history.cancelled = cancelled by the merchant ({1}), refund {2}
    store.history.shipped = shipped with {1} {2}{3}
    store.history.shipped-part = shipped in part ({1} {1|unit|units}) with {2} {3}{4}
    store.history.despite-request = although the buyer asked to cancel
    store.history.return-arrived = package {1}: the return arrived, refund requested
    store.history.return-on-its-way = package {1}: the buyer is returning it, refund requested
    store.history.refund-failed = refund failed: {1}
    store.history.refunded-on-amazon = {1} refunded on Amazon (not by the console)
    store.history.refund-not-sent = refund not sent: {1}
    store.history.refund-of-not-sent = refund of {1} not sent: {2}
    store.history.refund-by-merchant = refund of {1} by the merchant ({2})
    # Amazon's order status as the history names it (English keeps Amazon's own name)
    store.amazon-status.pending-availability = PENDING_AVAILABILITY
    store.amazon-status.pending = PENDING
    store.amazon-status.unshipped = UNSHIPPED
    store.amazon-status.partially-shipped = PARTIALLY_SHIPPED
    store.amazon-status.shipped = SHIPPED
    store.amazon-status.cancelled = CANCELLED
    store.amazon-status.unfulfillable = UNFULFILLABLE
    # notices kept with a refund, an outbox message or a shop order
    # {1} and {2} below are Amazon's own words, as Amazon wrote them: quoted so that they read as Amazon's
    store.notice.amazon-refused = Amazon refused it: “{1}”
    store.notice.refused-after-amazons-own = already refunded on Amazon ({1} refunded there directly); Amazon's words: “{2}”
    store.notice.superseded = superseded by the cancellation
    store.notice.cancelled-before-sending = cancelled before sending
    store.notice.merchant-cancelled-fba = the merchant cancelled the fulfillment by Amazon
    store.notice.fulfillment-status = Amazon's fulfillment order is {1}
    store.notice.amazon-cannot-fulfil = Amazon cannot fulfil it: {1}
    store.notice.cancellation-failed = the cancellation failed: {1}
    # activity lines
    store.activity.ship-from = Ship-from address: {1} → {2}
    store.activity.fulfillment = Amazon's fulfillment order {1} is {2}
    store.activity.fulfillment-shipped = Amazon's fulfillment order {1} is {2}, shipped with {3} {4}
    store.activity.shop-shipped = {1} shipped with {2} {3} on {4}
    store.activity.fba-not-sent = {1}: fulfillment by Amazon cancelled before it was sent
    store.activity.fba-cancel-asked = {1}: asking Amazon to cancel its fulfillment order
    store.activity.waits-for-merchant = {1} waits for the merchant to ship it: {2}
    store.activity.shop-order-fba = {1} for {2}: Amazon is asked to fulfil it (FBA) at the next sync
    store.activity.shop-order-merchant = {1} for {2}: the merchant ships it
    store.activity.shop-order-merchant-why = {1} for {2}: the merchant ships it ({3})
    store.activity.notifications-connected = order notifications connected to {1}
    store.activity.notifications-disconnected = order notifications disconnected from {1}
    # a product's change in the activity log: "stock 3 → 5, enabled off → on"
    store.diff.stock = stock
    store.diff.enabled = enabled
    store.diff.amazon-stock = Amazon stock
    store.diff.amazon-price = Amazon price
    store.diff.handling-days = handling days
    store.diff.weight = weight
    store.diff.size = size
    store.diff.bin = bin
    store.diff.on = on
    store.diff.off = off
    store.diff.none = none
    """#
}
