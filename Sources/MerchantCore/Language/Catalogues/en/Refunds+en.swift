extension Catalogue {
    /// The Refunds pane.
    static let refundsEnglish = #"""
    refunds.key.enter = a request: refund it; another entry: open its order
    refunds.key.enter.hint = open
    refunds.none = there is no refund here
    refunds.title = Refunds
    refunds.reading = Reading refunds…
    refunds.heading = Refunds · {1} {1|request|requests} waiting for you
    refunds.heading.limit = the first {1} of each list
    refunds.column.order = ORDER
    refunds.column.buyer = BUYER
    refunds.column.amount = AMOUNT
    refunds.column.age = AGE
    refunds.empty = No refunds yet. A buyer's return shows here as a request after a sync; r on an order refunds it.
    # The sections of the queue, each with what it holds
    refunds.section.requested = Requested
    refunds.section.waiting = Waiting for Amazon
    refunds.section.failed = Failed
    refunds.section.done = Done
    refunds.section.on-amazon = Refunded on Amazon
    refunds.section.requested.note = a buyer is returning a package, or it arrived: Enter or r refunds it
    refunds.section.waiting.note = sent at the next sync, done once Amazon confirms it
    refunds.section.failed.note = not refunded; why is on each line
    refunds.section.done.note = refunded, Amazon confirmed it
    refunds.section.on-amazon.note = made there directly, not by the console: never added to its totals
    # Totals per currency: {1}.. are amounts without the currency, which leads the line
    refunds.totals.none = Nothing refunded yet, by the console or on Amazon.
    refunds.totals.own.wide = refunded by the console: {1} done · {2} waiting for Amazon · {3} failed
    refunds.totals.own = console: {1} done · {2} waiting · {3} failed
    refunds.totals.on-amazon.wide = refunded on Amazon, not by the console (never added in): {1}
    refunds.totals.on-amazon = on Amazon: {1}
    # An entry's note
    refunds.entry.return-arrived = return arrived
    refunds.entry.return-coming = return on its way
    refunds.entry.suggested = the amount is suggested · {1}
    refunds.entry.failed = failed
    refunds.entry.with-cancellation = with the cancellation · {1}
    refunds.entry.after-return-requested = after a return requested
    refunds.entry.after-return-arrived = after a return arrived
    refunds.entry.on-amazon = on Amazon {1}, not by the console
    # The selected entry in full, under the list
    refunds.summary.cancellation = {1}: {2} refunded with the cancellation ({3}); {4}.
    refunds.summary.cancellation.done = Amazon confirmed the cancellation
    refunds.summary.cancellation.failed = the cancellation failed
    refunds.summary.cancellation.waiting = sent with the cancellation at the next sync, done once Amazon confirms it
    refunds.summary.arrived = the returned package arrived
    refunds.summary.returning = the buyer is returning a package
    refunds.summary.package = (package {1})
    refunds.summary.requested = {1}: {2}. Enter or r refunds it: {3} suggested, CustomerReturn.
    refunds.summary.waiting = {1}: refunding {2} ({3}) since {4}; Amazon confirms it after a sync.
    refunds.summary.failed = {1}: {2} not refunded: {3}. Enter opens the order; r refunds it again.
    refunds.summary.no-reason = no reason given
    refunds.summary.done = {1}: {2} refunded ({3}); Amazon confirmed it {4}.
    refunds.summary.on-amazon = {1}: {2} refunded on Amazon {3}: made there directly, not by the console, and kept apart from its totals.
    # After the refund dialog
    refunds.flash.refunding = Refunding {1} of {2} ({3}). Amazon is told at once; the Outbox shows it until Amazon confirms.
    refunds.failed.title = Refund failed: {1}
    refunds.failed.text = The refund of {1} was not sent: {2}. It stays in the refund queue (3 Refunds) as failed.
    refunds.flash.failed = Refund of {1} of {2} failed: {3}.
    """#
}
