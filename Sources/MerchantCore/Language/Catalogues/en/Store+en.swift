extension Catalogue {
    /// The store's refusals and activity lines.
    static let storeEnglish = #"""
    store.error.cannot-create = cannot create the store at {1}: check that the folder exists and is writable
    store.error.damaged = the store {1} is damaged or not a merchant store: restore a backup, or move it away to start anew
    store.error.cannot-back-up = cannot write the copy {1} kept before updating the store: free some disk space or check the folder's permissions; the store was not changed
    store.error.not-initialized = the store has no channel connection yet: run `merchant` once to set it up
    store.error.unknown-order = there is no order {1}
    store.error.refused-in-batch = shipment {1}: {2}
    store.error.already-recorded = request {1} is already recorded as refund #{2}: nothing new was done
    store.error.holds-another-seller = this data folder holds {1} Amazon {1|order|orders} of seller {2}: connect another seller in a data folder of its own (merchant --home DIR connect ...)
    store.shop.needs-product = a shop order needs at least one product
    store.shop.needs-name = a shop order needs the buyer's name
    store.shop.needs-address = a shop order needs a street and a two-letter country code
    store.shop.order-at-least-one = {1}: order at least one
    store.shop.no-fulfillment = {1} has no fulfillment order at Amazon
    store.shop.being-sent = {1} is being sent to Amazon right now: ask again once the sync has sent it
    store.refund.empty-request-id = a request id cannot be empty
    store.refund.request-id-taken = request {1} was a refund of another order or amount: give this refund a request id of its own
    store.catalog.field.stock = stock
    store.catalog.field.amazon-stock = Amazon stock
    store.no-reason-given = no reason given
    store.ship.parcel-other-address = (one parcel with {1}, which goes to another address: shipped so on purpose)
    store.ship.parcel-same-address = (one parcel with {1}: the same buyer and address)
    # the activity log's lines (stored in English, shown in the merchant's language)
    store.activity.pending-cancelled = Amazon cancelled pending order {1}: reserved stock released
    store.activity.blocked = {1} cannot be imported: {2}
    store.activity.imported = imported {1} as local order #{2} ({3})
    store.activity.paid = Amazon confirmed payment of {1}: details filled in
    store.activity.status = local order #{1} is now {2} (Amazon: {3})
    store.activity.cancelled = cancelled {1} ({2}), refunding {3}
    store.activity.refund-failed = refund of {1} failed: {2}
    store.activity.refunding = refunding {1} of {2} ({3})
    store.activity.outbox-done = Amazon confirmed the {1} of {2}
    store.activity.outbox-refused = Amazon refused the {1} of {2}: {3}
    store.activity.no-reason = no reason given
    store.activity.mapped = Amazon SKU {1} now takes stock from {2}
    store.activity.shipped = {1} shipped with {2} {3}{4}
    store.activity.shipped-part = {1} shipped in part ({2} {2|unit|units}) with {3} {4}{5}
    store.activity.connected = connected seller {1} in {2}
    """#
}
