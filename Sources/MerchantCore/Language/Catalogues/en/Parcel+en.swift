extension Catalogue {
    /// Parcel facts, ship-from address, pick list, packing slip, scan to pack.
    static let parcelEnglish = #"""
    # Parcel facts typed by the merchant
    parcel.error.weight = "{1}" is not a weight: write it with its unit, like 350g, 0.35kg, 12oz or 1.5lb
    parcel.error.grams = "{1}": write grams as a whole number, like 1200g, or kilograms, like 1.2kg
    parcel.error.weight.range = a parcel weighs from 1 g to 1000 kg
    parcel.error.size = "{1}" is not a size: write length x width x height with a unit, like 20x15x10cm or 8x6x4in
    parcel.error.size.range = each side of a parcel is from 1 mm to 3 m
    parcel.error.gtin = "{1}" is not a GTIN: a barcode number has 8, 12, 13 or 14 digits
    parcel.error.gtin.check = {1} is not a valid GTIN: its last digit should be {2}; check the number on the barcode
    parcel.error.gtin.taken = GTIN {1} already belongs to {2}: one barcode names one product
    parcel.error.bin.empty = a bin location cannot be empty: write none to clear it
    parcel.error.bin.long = "{1}" is too long for a bin location: use at most 20 characters, like A-03-2
    parcel.error.bin.printable = a bin location is plain text: letters, digits and signs, no control characters
    parcel.facts.bin = bin {1}
    # The ship-from address
    parcel.error.address.form = write the address as Name; Street; Postal code; City; Country code (a phone number may follow)
    parcel.error.address.lines = an address has one to three street lines
    parcel.error.address.name = the address needs a name
    parcel.error.address.street = the address needs a street
    parcel.error.address.city = the address needs a city
    parcel.error.address.long = each part of the address has at most 60 characters
    parcel.error.country = "{1}" is not a country code: use the two letters, like DE, GB or JP
    parcel.error.postal = "{1}" is not a postal code of {2}
    parcel.error.postal.example = "{1}" is not a postal code of {2}: write it like {3}
    parcel.error.phone = "{1}" is not a phone number: use digits, spaces and a leading +
    parcel.shipfrom.label = Ship-from address:
    parcel.shipfrom.none = none
    parcel.shipfrom.cleared = Ship-from address: none. Packing slips leave the sender out.
    # Columns of the pick list and the packing slip
    parcel.column.qty = QTY
    parcel.column.bin = BIN
    parcel.column.title = TITLE
    parcel.column.item = ITEM
    # The pick list
    parcel.picklist.title = PICK LIST: {1} {1|unit|units} of {2} {2|product|products} for {3} {3|order|orders}
    parcel.picklist.empty = Nothing to pick: no order waits to be shipped by you.
    # The packing slip
    parcel.slip.title = PACKING SLIP
    parcel.slip.order = Order {1}
    parcel.slip.ordered = Ordered {1}
    parcel.slip.shipto = SHIP TO
    parcel.slip.from = From: {1}
    parcel.slip.total = {1} {1|unit|units} in {2} {2|line|lines}
    parcel.slip.packedby = Packed by: ________
    parcel.slip.pending = order {1} is still pending: Amazon gives its address once it is paid
    parcel.slip.afn = Amazon ships order {1} from its warehouse: there is nothing for you to pack
    parcel.slip.cancelled = order {1} was cancelled: there is nothing to pack
    parcel.slip.noaddress = Amazon has not given the address of order {1} yet: run merchant sync and try again
    parcel.slip.format = --format takes a4 or label, not "{1}"
    # Printing through lp
    parcel.print.nolp = there is no printer command here (lp was not found): install CUPS (apt-get install cups-client), then print again
    parcel.print.refused = the printer refused it: {1}
    parcel.print.sent = Sent to the printer. {1}
    # --help
    parcel.help.weight = Shipping weight: 350g, 0.35kg, 12oz, 1.5lb; or none.
    parcel.help.size = Parcel size, length x width x height: 20x15x10cm, 200x150x100mm, 8x6x4in; or none.
    parcel.help.gtin = The barcode number (GTIN/EAN, 8 to 14 digits, check digit verified); or none.
    parcel.help.bin = Bin location on the shelf, up to 20 characters (A-03-2); or none.
    parcel.help.picklist = What to pick for the orders you still ship: units by product, in bin order, with the orders each serves.
    parcel.help.slip = The packing slip of an order: its address and items, as text for A4 or a label printer.
    parcel.help.slip.id = The Amazon order id.
    parcel.help.slip.format = a4 (80 columns) or label (100×150 mm, 48 columns).
    parcel.help.print = Send it to the printer (lp) instead of printing it here.
    """#
}
