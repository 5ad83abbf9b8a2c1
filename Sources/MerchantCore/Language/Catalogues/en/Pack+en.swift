extension Catalogue {
    /// Scan to pack: pack mode in the console.
    static let packEnglish = #"""
    # Where its keys work, and the key that opens it
    pack.scope = Pack mode (typing goes into the scan line)
    pack.scope.place = pack mode
    pack.key.open = pack mode: scan an order, then each unit, before it ships
    pack.key.open.hint = pack
    pack.key.scan = look up what was scanned or typed: an order id, then each unit's barcode or SKU
    pack.key.scan.hint = scan
    pack.key.leave = leave pack mode (asks first once units are ticked)
    pack.key.leave.hint = leave
    pack.key.erase = erase the last character typed (^U: all of it)
    pack.whynot.nothing.typed = nothing is typed at the scan line
    # The screen
    pack.title = Pack mode
    pack.ask.order = Scan or type the order id, then press Enter.
    pack.title.order = Pack mode · {1} · {2}
    pack.title.ship-by = ship by {1}
    pack.progress = {1} of {2} {2|unit|units} packed
    pack.complete = all in: Enter opens the ship dialog
    pack.scan.prompt = Scan:
    pack.scan.too-long = too long for a code
    pack.ticked = {1}: {2} ({3} of {4})
    pack.column.packed = PACKED
    pack.column.sku = SKU
    pack.column.product = PRODUCT
    pack.hint = Nothing is stored or sent to Amazon until the ship dialog is confirmed.
    # Refused scans (each rings the bell)
    pack.refusal.unknown = {1}: no product has this barcode or SKU
    pack.refusal.not-in-order = {1} is {2}, which order {3} does not hold: put it back
    pack.refusal.one-too-many = {1} is {2}: one too many, the order has {3} and all are packed
    pack.refusal.too-long = that scan is longer than any barcode, SKU or order id (at most {1} characters): nothing was looked up
    pack.empty.order = Scan or type an order id first.
    pack.empty.product = Scan or type a unit's barcode or SKU first.
    # Leaving
    pack.left = Left pack mode: nothing was shipped.
    pack.left.ticks = Left pack mode: the ticks for {1} are forgotten, nothing was shipped.
    pack.footer.leaving = Enter answers · Esc keeps packing · ^C quits
    pack.leave.title = Leave pack mode?
    pack.leave.question = {1} {1|unit|units} of {2} {1|is|are} ticked. Leaving forgets the ticks; nothing is shipped.
    pack.quit.lost = the {1} {1|unit|units} ticked for {2}
    """#
}
