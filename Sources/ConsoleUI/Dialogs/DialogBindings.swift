import MerchantCore

extension Dialog {
    /// The keys of a form or a question; every other key is typing, into the focused field.
    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .dialog, help: tr("dialog.key.confirm"), hint: tr("dialog.key.confirm.hint")) { s in Console.confirm(&s) },
        KeyBinding([.escape], .dialog, help: tr("dialog.key.close"), hint: tr("dialog.key.close.hint")) { s in
            Console.closeUnchanged(&s, tr("dialog.closed"))
        },
        KeyBinding([.tab, .down], .dialog, help: tr("dialog.key.next"), hint: tr("dialog.key.next.hint")) { s in Console.focusField(&s, by: 1) },
        KeyBinding([.backTab, .up], .dialog, help: tr("dialog.key.previous")) { s in Console.focusField(&s, by: -1) },
        KeyBinding([.left], .dialog, help: tr("dialog.key.left")) { s in Console.edit(&s, .choose(-1)) },
        KeyBinding([.right], .dialog, help: tr("dialog.key.right"), hint: tr("dialog.key.right.hint"), hintKey: "←→") { s in Console.edit(&s, .choose(1)) },
        KeyBinding(keys: [.home, .end, .control("u")], scope: .dialog,
                   help: tr("dialog.key.edit")) { s, key in
            Console.edit(&s, .type(key))
        },
    ]
}
