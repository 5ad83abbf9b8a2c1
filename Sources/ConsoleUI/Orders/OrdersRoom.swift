extension OrdersPane {
    /// The Orders pane as the frame sees it: the list drawn and moved by windows read from the store.
    static var room: PaneRoom {
        PaneRoom(draw: { Console.drawOrders(&$0, $1, top: $2, height: $3) }, move: { Console.moveList(&$0, .orders, $1) },
                 reload: { [.orders(.load(.orders, $0.orders.query(limit: Layout.windowLimit($0, .orders))))] },
                 select: { s, index in s.orders.selected = index })
    }
}
