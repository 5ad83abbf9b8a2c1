import MerchantCore

extension OutboxPane {
    /// The Outbox pane's keys: scroll the activity, and `a` for the sync's housekeeping too.
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.outbox) + [
        KeyBinding([.character("a")], .outbox, help: tr("outbox.key.all"), hint: tr("outbox.key.all.hint")) { s in
            s.outbox.showSync.toggle()
            s.outbox.scroll = 0
            return Console.reloadVisible(s)
        },
    ]
}
