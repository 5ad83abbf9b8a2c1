extension ShopPane {
    /// The Shop pane's keys: ship a shop order you fulfil, or take one back from Amazon (R26).
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.shop) + [
        KeyBinding([.character("s")], .shop, help: "ship a shop order you fulfil: carrier, tracking, date; the whole order", hint: "ship",
                   whyNot: { $0.whyNotShopAction() }) { s in Console.shopAction(&s, .ship) },
        KeyBinding([.character("x")], .shop, help: "cancel Amazon's fulfillment of a shop order, to ship it yourself (asks first)",
                   hint: "cancel FBA", whyNot: { $0.whyNotShopAction() }) { s in Console.shopAction(&s, .cancelFulfillment) },
    ]
}
