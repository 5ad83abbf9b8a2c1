extension Dialog {
    /// The keys of a form or a question; every other key is typing, into the focused field.
    static let bindings: [KeyBinding] = [
        KeyBinding([.enter], .dialog, help: "confirm (a question: only Yes acts)", hint: "confirm") { s in Console.confirm(&s) },
        KeyBinding([.escape], .dialog, help: "close; nothing is changed", hint: "close") { s in
            Console.closeUnchanged(&s, "Closed: nothing was changed.")
        },
        KeyBinding([.tab, .down], .dialog, help: "next field", hint: "next") { s in Console.focusField(&s, by: 1) },
        KeyBinding([.backTab, .up], .dialog, help: "previous field") { s in Console.focusField(&s, by: -1) },
        KeyBinding([.left], .dialog, help: "previous choice; one unit less") { s in Console.edit(&s, .choose(-1)) },
        KeyBinding([.right], .dialog, help: "next choice; one unit more", hint: "choose", hintKey: "←→") { s in Console.edit(&s, .choose(1)) },
        KeyBinding(keys: [.home, .end, .control("u")], scope: .dialog,
                   help: "in a text field: ←/→, Home and End move the cursor, typing goes in at it, ^U clears the field") { s, key in
            Console.edit(&s, .type(key))
        },
    ]
}
