extension Catalogue {
    /// The console's frame: tabs, status line, footer, the ? overlay, flashes.
    static let frameEnglish = #"""
    frame.too.small = Window too small: merchant needs at least 80x24
    # the panes' names (the help overlay's headings) and their tabs' (all six tabs fit 80 columns)
    frame.pane.orders = Orders
    frame.pane.pending = Pending
    frame.pane.refunds = Refunds
    frame.pane.settings = Settings
    frame.pane.outbox = Outbox
    frame.pane.shop = Shop
    frame.tab.orders = Orders
    frame.tab.pending = Pending
    frame.tab.refunds = Refunds
    frame.tab.settings = Settings
    frame.tab.outbox = Outbox
    frame.tab.shop = Shop
    # the banner over every pane
    frame.banner.blocked = {1} Amazon {1|order cannot|orders cannot} be imported: see Orders, filter {2} (b)
    frame.banner.blocked.short = {1} {1|order|orders} cannot be imported (b)
    frame.banner.short = {1} pending {1|order reserves|orders reserve} stock that is not there (2 Pending)
    frame.banner.short.short = {1} {1|reservation|reservations} short of stock (2)
    # the status line
    frame.status.syncing = syncing…
    frame.status.failed = last sync failed: {1}
    frame.status.synced = synced {1}
    frame.status.never = not synced yet
    frame.status.next = next {1}
    frame.status.outbox = outbox: {1} waiting
    frame.status.outbox.refused = outbox: {1} waiting, {2} refused
    frame.status.import.off = import off
    frame.status.notifications.none = notifications: none yet
    frame.status.notifications.since = notifications since {1}
    # the message line
    frame.search.prompt = Search: {1}
    frame.search.keys = Enter search · Esc cancel
    frame.refused = Refused: {1} Nothing was changed.
    frame.load.failed = Could not read the store: {1}
    frame.notified = Order notifications: {1}.
    frame.sync.started = Syncing with Amazon…
    frame.sync.failed = Sync failed: {1}. e shows the details.
    frame.sync.done = Sync done: {1}.
    frame.sync.background = Synced: {1}.
    frame.sync.problem.title = What went wrong in the last sync
    frame.sync.problem.none = the last sync went well
    frame.sync.no.connection = there is no Amazon connection to sync with here
    frame.sync.running = a sync is already running
    # the footer
    frame.footer.help = Esc close help
    frame.footer.quit = Enter answers · Esc keeps working · ^C again quits
    frame.footer.notice = any key closes
    # the ? overlay
    frame.help.title = Keys · Esc closes
    frame.help.title.scroll = Keys · j/k scroll · Esc closes
    frame.help.here = {1} (here)
    frame.help.not.now = (not now: {1})
    frame.help.legend = What the order list shows
    frame.scope.everywhere = Everywhere
    frame.scope.detail = An opened order
    frame.scope.dialog = In a dialog (typing goes into the field)
    frame.scope.detail.place = an opened order
    frame.scope.dialog.place = a dialog
    # keys that work everywhere: help is the ? overlay's text, hint the footer's word
    frame.key.quit = quit
    frame.key.quit.hint = quit
    frame.key.help = show every key
    frame.key.help.hint = help
    frame.key.tab = next pane
    frame.key.tab.hint = pane
    frame.key.backtab = previous pane
    frame.key.sync = sync with Amazon now
    frame.key.sync.hint = sync
    frame.key.problem = what went wrong in the last sync, in full
    frame.key.redraw = redraw the screen
    frame.key.suspend = suspend (fg in the shell brings it back)
    frame.key.up = up
    frame.key.down = down
    frame.key.move.hint = move
    frame.key.page.up = page up
    frame.key.page.down = page down
    frame.key.top = first row (newest)
    frame.key.bottom = last row (oldest; least urgent)
    # a key that does nothing here: {1} is the key
    frame.key.whynot = {1}: not here, because {2}
    frame.key.nothing = {1} does nothing here. ? shows every key.
    # {2} lists where it works: "Settings (sync interval: longer) and in a dialog (choose)"
    frame.key.works = {1} works in {2}, not here. ? shows every key.
    frame.key.works.only = {1} works only in {2}, not here. ? shows every key.
    frame.key.works.place = {1} ({2})
    frame.key.works.and = and in
    """#
}
