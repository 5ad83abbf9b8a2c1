extension Catalogue {
    /// The console's "buy a label": the rates list, the question, the marked orders' labels.
    static let labelDialogEnglish = #"""
    labelDialog.title.one = Buy a label
    labelDialog.title.many = Buy labels
    labelDialog.heading.one = Label for {1} ({2}), bought through Amazon
    labelDialog.heading.many = {1} marked {1|order|orders}, each with the cheapest rate that is on time:
    labelDialog.parcel = Parcel {1} · rates valid until {2} UTC
    labelDialog.asking.rates = Asking Amazon for rates…
    labelDialog.column.service = SERVICE
    labelDialog.column.price = PRICE
    labelDialog.column.promise = DELIVERY
    labelDialog.total = Total {1}
    labelDialog.question.one = Buy {1} for {2}?
    labelDialog.question.many = Buy {1} {1|label|labels} for {2}?
    labelDialog.sending = Queuing…
    labelDialog.keys.one = ↑↓ choose · Enter buy · ^R ask again · ^T tracking number · Esc close
    labelDialog.keys.many = Enter buy · ^R ask again · ^T tracking numbers · Esc close
    labelDialog.offer.one = ^T buys a label through Amazon instead: it brings its own tracking number.
    labelDialog.offer.many = ^T buys labels through Amazon instead: each order the cheapest rate on time.
    labelDialog.key.switch = buy a label through Amazon, or back to the tracking number (ship dialog)
    labelDialog.key.refresh = ask Amazon for rates again (buying a label)
    labelDialog.key.switch.whynot = ^T works in a ship dialog: it buys a label through Amazon.
    labelDialog.key.refresh.whynot = ^R asks Amazon for rates again while you buy a label.
    labelDialog.nosync = this console has no connection to Amazon, so there are no rates
    labelDialog.no = No label bought for {1}: nothing was changed.
    labelDialog.asking = Amazon has not answered yet: wait for the rates.
    labelDialog.nothing = There is no rate to buy.
    labelDialog.expired = The rates are older than 10 minutes: press ^R to ask Amazon again.
    labelDialog.refused.one = {1}: {2}
    labelDialog.buying.one = Buying the label for {1}: {2} for {3}. It will be saved as {4}
    labelDialog.buying.many = Buying {1} {1|label|labels}: they will be saved in {2}
    labelDialog.left.noshipby = Amazon gave no ship-by date, so no rate can be checked against it
    labelDialog.left.late = no rate delivers by {1} UTC (the soonest: {2} UTC)
    labelDialog.left.nopromise = no rate promises delivery by {1} UTC
    """#
}
