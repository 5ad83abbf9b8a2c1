extension Catalogue {
    /// The Outbox pane.
    static let outboxEnglish = #"""
    outbox.key.all = activity: what you did, or the sync's housekeeping too
    outbox.key.all.hint = all/yours
    outbox.title = Waiting for Amazon · {1} {1|message|messages}
    outbox.title.refused = {1} refused by Amazon
    outbox.title.not-sent = {1} not sent
    outbox.title.window = (last {1} days)
    outbox.column.kind = KIND
    outbox.column.subject = SUBJECT
    outbox.column.state = STATE
    outbox.column.tries = TRIES
    outbox.column.queued = QUEUED
    outbox.column.error = LAST ERROR
    outbox.empty = Nothing waiting for Amazon, and nothing refused in the last {1} days.
    # A message's kind and state (15 and 10 columns)
    outbox.kind.acknowledgement = acknowledgement
    outbox.kind.inventory = inventory
    outbox.kind.shipment = shipment
    outbox.kind.cancellation = cancellation
    outbox.kind.refund = refund
    outbox.kind.fulfillment = fulfillment
    outbox.kind.fulfillment-cancel = fulfillmentCancel
    outbox.state.queued = queued
    outbox.state.uploaded = uploaded
    outbox.state.submitting = submitting
    outbox.state.submitted = submitted
    outbox.state.done = done
    # a failed message: Amazon refused it, or the console did not send it (a rule says Amazon would refuse it)
    outbox.state.refused = refused
    outbox.state.not-sent = not sent
    # The activity log below
    outbox.activity.yours = Activity · what you did, newest first · a: the sync's too (j/k scroll)
    outbox.activity.all = Activity · everything, the sync's housekeeping too · a: yours only (j/k scroll)
    outbox.activity.none = Nothing done yet.
    outbox.activity.none.yours = Nothing done by you yet: a shows the sync's lines.
    # an activity line's kind (the code --json keeps; English reads it as it is)
    outbox.activity.ship = ship
    outbox.activity.cancel = cancel
    outbox.activity.import = import
    outbox.activity.blocked = blocked
    outbox.activity.payment = payment
    outbox.activity.status = status
    outbox.activity.reservation = reservation
    outbox.activity.catalog = catalog
    outbox.activity.setting = setting
    outbox.activity.connect = connect
    outbox.activity.notifications = notifications
    outbox.activity.shop-order = shop order
    """#
}
