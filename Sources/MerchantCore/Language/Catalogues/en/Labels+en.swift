extension Catalogue {
    /// Labels bought through Amazon Shipping: rates, labels, voids.
    static let labelsEnglish = #"""
    # Refusals (LabelRefusal)
    labels.refusal.missing.weight = {1} has no parcel weight yet: give it with --weight (like 350g)
    labels.refusal.missing.size = {1} has no parcel size yet: give it with --size (like 20x15x10cm)
    labels.refusal.missing.both = {1} has no parcel weight and size yet: give them with --weight (like 350g) and --size (like 20x15x10cm)
    labels.refusal.weight = "{1}" is not a weight: write it like 350g or 1.2kg
    labels.refusal.size = "{1}" is not a parcel size: write it like 20x15x10cm or 200x150x100mm
    labels.refusal.from.missing = there is no ship-from address yet: merchant settings set ship-from "Name; Street 1; 10115; Berlin; DE" (or --from with the same)
    labels.refusal.missing.products = {1} cannot be priced yet: {2} has no weight or size (merchant catalog set {3} --weight 350g --size 20x15x10cm)
    labels.refusal.norates = there are no rates for {1} yet: run `merchant rates {1}` first
    labels.refusal.expired = rates are older than 10 minutes: run `merchant rates {1}` again
    labels.refusal.unknownrate = {2} is not one of the rates for {1}: run `merchant rates {1}` to see them
    labels.refusal.format = this rate's label comes as {1}, not {2}
    labels.refusal.exists = {1} already has a label, tracking number {2}: void it first (merchant label {1} --void)
    labels.refusal.buying = a label for {1} is being bought already
    labels.refusal.nolabel = {1} has no label to void
    labels.refusal.notbought = the label for {1} is not bought yet: void it once it is
    labels.refusal.window = the label of {1} can no longer be voided: the carrier's 24-hour window closed at {2} UTC
    labels.refusal.voidonly = --void takes only the order id
    labels.refusal.needsrate = label needs --rate RATE_ID (from merchant rates {1}), or --void
    labels.refusal.badformat = --format is pdf, zpl or png, not {1}
    # merchant rates
    labels.rates.title = Rates for {1} ({2}), valid until {3} UTC:
    labels.rates.none = Amazon offers no rate for {1}: check the parcel's weight and size
    labels.rates.by = by {1}
    labels.rates.nopromise = no delivery promise
    labels.rates.protected = protected
    labels.rates.cheapest = cheapest
    labels.rates.fastest = fastest
    labels.rates.buy = Buy one with: merchant label {1} --rate RATE_ID
    # merchant label
    labels.bought = Label bought: {1} for {2}, tracking number {3}. Saved to {4}
    labels.bought.confirmed = Amazon confirmed the shipment of {1} with it: no confirmation is sent for this package.
    labels.refused = Amazon did not sell the label for {1}: {2}. Nothing was bought.
    labels.queued = Label for {1} queued: Amazon could not be reached ({2}); it is bought on the next sync (merchant sync).
    labels.voided = Label {1} voided: the package is taken back from {2}.
    labels.void.refused = Amazon did not void the label of {1}: {2}. The package stays on the order.
    labels.void.queued = Void of the label for {1} queued: Amazon could not be reached ({2}); it is sent on the next sync.
    labels.noreason = no reason given
    labels.noanswer = no answer
    labels.print.failed = the label was not printed ({2}); it is saved at {1}
    labels.print.failedmore = {1}; {2} more {2|label|labels} not printed either
    labels.print.nostart = lp could not be started
    labels.print.exit = lp ended with exit code {1}
    # The printer setting
    labels.printer.invalid = "{1}" is not a printer name: write it as lpstat -p shows it, or none
    labels.printer.none = none
    labels.printer.label = Printer:
    labels.printer.set = Printer: {1}. Labels, slips and pick lists print there.
    labels.printer.auto = A bought label prints there as soon as it is saved.
    labels.printer.cleared = No printer set: --print uses the system's default printer.
    labels.activity.printer = Printer: {1} → {2}
    labels.activity.printfailed = {1}: label not printed ({2}); it is saved at {3}
    # Activity and order history
    labels.activity.queued = {1}: label queued, {2} for {3}
    labels.activity.voidqueued = {1}: void of label {2} queued
    labels.activity.bought = {1}: label bought, {2} {3} for {4}
    labels.history.voided = label {1} voided: the package is taken back
    labels.history.shipped = shipped with {1} {2} (label bought through Amazon)
    # --help
    labels.help.rates.abstract = The carriers' rates Amazon offers for an order's parcel (Buy Shipping).
    labels.help.rates.discussion = Lists carrier, service, price, delivery promise and Buy Shipping's protection; the cheapest and the fastest are marked. Buy one within 10 minutes with merchant label ID --rate RATE_ID.
    labels.help.weight = The parcel's weight, like 350g or 1.2kg.
    labels.help.size = The parcel's size, like 20x15x10cm or 200x150x100mm.
    labels.help.from = The ship-from address, if not the one in settings: "Name; Street 1; 10115; Berlin; DE".
    labels.help.endpoint = An SP-API endpoint URL instead of the built-in simulator.
    labels.help.json = Print JSON.
    labels.help.label.abstract = Buy an order's shipping label through Amazon (Buy Shipping), or void it.
    labels.help.label.discussion = Buys a rate of merchant rates ID (within 10 minutes) and saves the label in the data folder's labels/. Amazon confirms the shipment by itself: the order gets its package with the label's tracking number. --void cancels an unused label within the carrier's 24 hours and takes the package back.
    labels.help.rate = The rate to buy, from merchant rates ID.
    labels.help.format = pdf, zpl or png; without it, the label-format setting (pdf unless set).
    labels.help.print = Print the label with lp, on the printer set in settings or else the default one.
    labels.help.void = Void the order's label instead.
    labels.help.yes = Do not ask: a bought label is charged to your seller account, a void takes its package off the order.
    labels.ask = Buy {1} for {2} for order {3}{4}? Amazon charges it to your seller account.
    labels.ask.to = to {1}
    labels.confirm = buying a label for {1} costs {2}: confirm it (--yes)
    labels.declined = Nothing was bought.
    labels.void.ask = Void label {1} of order {2}? Its package is taken off the order.
    labels.void.confirm = voiding the label of {1} takes its package off the order: confirm it (--yes)
    labels.void.declined = Not voided: the label stays.
    # The Outbox pane's kinds
    labels.outbox.kind.label = label
    labels.outbox.kind.void = label void
    """#
}
