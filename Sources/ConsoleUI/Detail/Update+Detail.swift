extension Console {
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
