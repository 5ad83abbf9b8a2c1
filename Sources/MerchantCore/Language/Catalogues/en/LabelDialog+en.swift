extension Catalogue {
    /// The console's "buy a label": the rates list, the question, the marked orders' labels.
    static let labelDialogEnglish = #"""
    label-dialog.title.one = Buy a label
    label-dialog.title.many = Buy labels
    label-dialog.heading.one = Label for {1} ({2}), bought through Amazon
    label-dialog.heading.many = {1} marked {1|order|orders}, each with the cheapest rate that is on time:
    label-dialog.parcel = Parcel {1} · rates valid until {2} UTC
    label-dialog.format = Format: {1}  (f changes)
    label-dialog.asking.rates = Asking Amazon for rates…
    label-dialog.column.service = SERVICE
    label-dialog.column.price = PRICE
    label-dialog.column.promise = DELIVERY
    label-dialog.total = Total {1}
    label-dialog.question.one = Buy {1} for {2} as a {3} label?
    label-dialog.question.many = Buy {1} {3} {1|label|labels} for {2}?
    label-dialog.sending = Queuing…
    label-dialog.keys.one = ↑↓ choose · f format · Enter buy · ^R ask again · ^T tracking number · Esc close
    label-dialog.keys.many = f format · Enter buy · ^R ask again · ^T tracking numbers · Esc close
    label-dialog.offer.one = ^T buys a label through Amazon instead: it brings its own tracking number.
    label-dialog.offer.many = ^T buys labels through Amazon instead: each order the cheapest rate on time.
    label-dialog.key.switch = buy a label through Amazon, or back to the tracking number (ship dialog)
    label-dialog.key.refresh = ask Amazon for rates again (buying a label)
    label-dialog.key.format = the next label format, PDF, ZPL or PNG, for this purchase only (buying a label; in other dialogs f is typed)
    label-dialog.key.switch.whynot = ^T works in a ship dialog: it buys a label through Amazon.
    label-dialog.key.refresh.whynot = ^R asks Amazon for rates again while you buy a label.
    label-dialog.rates.failed = no rates came from Amazon: {1}. Press ^R to ask again
    label-dialog.nosync = this console has no connection to Amazon, so there are no rates
    label-dialog.no = No label bought for {1}: nothing was changed.
    label-dialog.asking = Amazon has not answered yet: wait for the rates.
    label-dialog.nothing = There is no rate to buy.
    label-dialog.format.enter = Choose a rate whose label comes as {1}, or press f for another format.
    label-dialog.expired = The rates are older than 10 minutes: press ^R to ask Amazon again.
    label-dialog.refused.one = {1}: {2}
    label-dialog.buying.one = Buying the label for {1}: {2} for {3}. It will be saved as {4}
    label-dialog.buying.many = Buying {1} {1|label|labels}: they will be saved in {2}
    label-dialog.left.noshipby = Amazon gave no ship-by date, so no rate can be checked against it
    label-dialog.left.late = no rate delivers by {1} UTC (the soonest: {2} UTC)
    label-dialog.left.nopromise = no rate promises delivery by {1} UTC
    label-dialog.left.format = no rate offers a {1} label: press f for another format
    """#
}
