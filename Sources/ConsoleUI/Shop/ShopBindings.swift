import MerchantCore

extension ShopPane {
    /// The Shop pane's keys: ship a shop order you fulfil, or take one back from Amazon (R26).
    static let bindings: [KeyBinding] = KeyBindings.scrolling(.shop) + [
        KeyBinding([.character("s")], .shop, help: tr("shop.key.ship"), hint: tr("shop.key.ship.hint"),
                   whyNot: { $0.whyNotShopAction() }) { s in Console.shopAction(&s, .ship) },
        KeyBinding([.character("x")], .shop, help: tr("shop.key.cancel"),
                   hint: tr("shop.key.cancel.hint"), whyNot: { $0.whyNotShopAction() }) { s in Console.shopAction(&s, .cancelFulfillment) },
    ]
}
