extension Catalogue {
    /// The Pick pane (7): the pick list in the console, and printing it.
    static let pickEnglish = #"""
    pick.pane = Pick list
    pick.tab = Pick
    pick.reading = Reading the pick list…
    pick.title = Pick list · {1} {1|unit|units} of {2} {2|product|products} for {3} {3|order|orders}
    pick.column.orders = ORDERS
    pick.orders.more = +{1} more
    pick.orders.count = {1} {1|order|orders}
    pick.bin.none = no bin
    pick.detail.text = {1}: {2} {2|unit|units} for {3} {3|order|orders}: {4}
    pick.nothing = nothing to pick: no order waits to be shipped by you
    pick.key.enter = every order the product goes to, with its units
    pick.key.enter.hint = orders
    pick.key.print = print the pick list (lp, A4), as merchant picklist --print does
    pick.key.print.hint = print
    pick.print.sending = Sending the pick list to the printer…
    pick.print.failed = Not printed: {1}
    pick.print.unavailable = this console has no printer to send to.
    """#
}
