extension Catalogue {
    /// The Settings pane.
    static let settingsEnglish = #"""
    settings.key.toggle = switch on/off (saved at once)
    settings.key.toggle.hint = toggle
    settings.key.shorter = sync interval: shorter
    settings.key.longer = sync interval: longer
    settings.key.stepped-only = it changes the sync interval: select that row first
    settings.reading = Reading settings…
    # The channel
    settings.channel = Channel
    settings.seller = Seller account
    settings.marketplaces = Marketplaces
    settings.connected = Connected since
    settings.connected.value = {1} ({2}), older orders stay out
    settings.last-sync = Last sync
    settings.last-sync.never = never
    settings.last-attempt = Last attempt
    settings.last-attempt.failed = {1} failed: {2}
    settings.next-sync = Next sync
    settings.next-sync.running = running now
    settings.next-sync.manual = only with R or `merchant sync`
    # The switches, each with what it does as it stands
    settings.switches = Switches · Space or Enter switches, saved at once, used from the next sync
    settings.import-orders.on = Amazon orders become local orders
    settings.import-orders.off = Amazon orders are kept read only
    settings.import-pending.on = pending orders become local orders at once
    settings.import-pending.off = pending orders wait for payment
    settings.reserve-pending.on = pending orders reserve their stock
    settings.reserve-pending.off = pending orders reserve nothing
    settings.demo-trading.on = simulated buyers order, pay and cancel while the console is open
    settings.demo-trading.off = simulated Amazon waits: no new buyers
    settings.interval.hint = ←/- shorter, →/+ longer
    settings.language.hint = ←/→ or Space
    # {1} is the name of the language the environment (LANG) gives
    settings.language.auto = auto ({1})
    settings.label-format.hint = ←/→ or Space
    settings.value.on = on
    settings.value.off = off
    # The products and their FBA switch
    settings.products = Products · Space switches FBA: Amazon ships orders for the product
    settings.column.on-hand = ON HAND
    settings.column.offered = OFFERED
    settings.column.at-amazon = AT AMAZON
    settings.column.product = PRODUCT
    settings.product.no-asin = no ASIN
    settings.products.at-amazon = AT AMAZON: what Amazon can ship (FBA); ? until a sync has read it
    # What was saved
    settings.saved = Saved: {1} is {2}; it takes effect at the next sync.
    settings.saved.language = Saved: the console speaks {1} now.
    settings.saved.label-format = Saved: labels are bought as {1} from now on; f in the label dialog changes it for one label.
    settings.saved.fba.on = Saved: {1} is fulfilled by Amazon (FBA).
    settings.saved.fba.off = Saved: {1} is shipped by you (no FBA).
    # Asked before a switch that changes who ships a product, or stops the import
    settings.ask.fba.title = Who ships this product
    settings.ask.fba.on = Switch {1} to fulfilment by Amazon (FBA)?
    settings.ask.fba.on.what = From the next sync Amazon ships the Amazon orders for {1} from its own warehouse, and your shop orders for it go to Amazon as fulfillment orders. Your own stock is no longer offered on Amazon.
    settings.ask.fba.off = Switch {1} back to shipping it yourself (no FBA)?
    settings.ask.fba.off.what = From the next sync you ship the Amazon orders and shop orders for {1} yourself, and your stock is offered on Amazon again.
    settings.ask.import.title = Import Amazon orders
    settings.ask.import.off = Stop importing Amazon orders?
    settings.ask.import.off.what = From the next sync new Amazon orders are only kept and shown, read only: no local order, no stock taken, nothing to ship here; you act on them in Seller Central. Orders already imported stay as they are.
    """#
}
