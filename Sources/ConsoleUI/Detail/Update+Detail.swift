import MerchantStore

extension Console {
    /// The opened order, read: taken if it is still the one open.
    static func detailLoaded(_ s: inout ConsoleState, _ id: String, _ detail: OrderDetail, _ refunds: OrderRefunds) {
        guard s.detail?.orderId == id else { return }
        s.detail?.detail = detail
        s.detail?.refunds = refunds
    }

    /// Scrolls the opened order by lines and pages; G goes to its end.
    static func moveDetail(_ s: inout ConsoleState, _ action: Move) {
        let page = max(1, Layout.bodyHeight(s) - 1)
        switch action {
        case .up: s.detail!.scroll = max(0, s.detail!.scroll - 1)
        case .down: s.detail!.scroll += 1
        case .pageUp: s.detail!.scroll = max(0, s.detail!.scroll - page)
        case .pageDown: s.detail!.scroll += page
        case .top: s.detail!.scroll = 0
        case .bottom: s.detail!.scroll = Int.max / 2  // the view stops at the last page
        }
    }
}
