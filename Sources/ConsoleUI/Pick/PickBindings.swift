import MerchantCore

extension PickPane {
    /// The Pick pane's keys: move over the products, Enter shows every order a product goes to, `p` prints the list.
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.pick) + [
        KeyBinding([.enter], .pick, help: tr("pick.key.enter"), hint: tr("pick.key.enter.hint"), whyNot: Console.noPickLine) { s in
            Console.openPickLine(&s)
            return []
        },
        KeyBinding([.character("p")], .pick, help: tr("pick.key.print"), hint: tr("pick.key.print.hint"), whyNot: Console.noPickLine) { s in
            Console.printPick(&s)
        },
    ]
}
