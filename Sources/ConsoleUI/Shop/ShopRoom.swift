extension ShopPane {
    /// The Shop pane as the frame sees it: the newest shop orders, read as one window.
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawShop(&$0, $1, top: $2, height: $3) }, moveInWindow: Console.moveShop,
                 reload: { _ in [.shop(.load(limit: windowLimit))] }, select: { s, index in s.shop.selected = index })
    }
}
