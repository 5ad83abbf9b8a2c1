import MerchantCore
import MerchantStore

extension Console {
    /// Up, down, pages, first and last, in whatever the current pane scrolls.
    static func move(_ s: inout ConsoleState, _ action: Action) -> [Effect] {
        if s.detail != nil {
            let page = max(1, Layout.bodyHeight(s) - 1)
            switch action {
            case .moveUp: s.detail!.scroll = max(0, s.detail!.scroll - 1)
            case .moveDown: s.detail!.scroll += 1
            case .pageUp: s.detail!.scroll = max(0, s.detail!.scroll - page)
            case .pageDown: s.detail!.scroll += page
            case .top: s.detail!.scroll = 0
            default: break
            }
            return []
        }
        switch s.pane {
        case .orders: return moveList(&s, .orders, action)
        case .pending: return moveList(&s, .pending, action)
        case .settings:
            let last = max(0, SettingsRows.count(s) - 1)
            switch action {
            case .moveUp: s.settings.selected = max(0, s.settings.selected - 1)
            case .moveDown: s.settings.selected = min(last, s.settings.selected + 1)
            case .pageUp, .top: s.settings.selected = 0
            case .pageDown, .bottom: s.settings.selected = last
            default: break
            }
        case .outbox:
            let last = max(0, s.outbox.activity.count - 1)
            switch action {
            case .moveUp: s.outbox.scroll = max(0, s.outbox.scroll - 1)
            case .moveDown: s.outbox.scroll = min(last, s.outbox.scroll + 1)
            case .top: s.outbox.scroll = 0
            default: break
            }
        case .refunds: break
        }
        return []
    }

    /// Moves in a list. Keyset windows move by reading a new window (after the row that leaves the
    /// screen) and come back through `anchors`; search results scroll in memory.
    static func moveList(_ s: inout ConsoleState, _ kind: ListKind, _ action: Action) -> [Effect] {
        let height = Layout.listHeight(s, kind)
        var list = s.list(kind)
        var reload = false
        let keyset = list.search == nil
        let shownEnd = min(list.rows.count, list.top + height)
        switch action {
        case .moveDown:
            if list.selected + 1 < shownEnd {
                list.selected += 1
            } else if !keyset, list.selected + 1 < list.rows.count {
                list.selected += 1
                list.top += 1
            } else if keyset, list.rows.count > height {
                list.anchors.append(.init(cursor: MerchantStore.cursor(after: list.rows[0], sort: list.sort), step: 1))
                list.selectOnLoad = height - 1
                reload = true
            }
        case .moveUp:
            if list.selected > list.top {
                list.selected -= 1
            } else if !keyset, list.top > 0 {
                list.top -= 1
                list.selected = list.top
            } else if keyset, let anchor = list.anchors.popLast() {
                list.selectOnLoad = anchor.step - 1
                reload = true
            }
        case .pageDown:
            if keyset, list.rows.count > height {
                list.anchors.append(.init(cursor: MerchantStore.cursor(after: list.rows[height - 1], sort: list.sort), step: height))
                list.selectOnLoad = list.selected
                reload = true
            } else if !keyset {
                list.top = min(max(0, list.rows.count - height), list.top + height)
                list.selected = min(list.rows.count - 1, list.selected + height)
            } else {
                list.selected = max(0, shownEnd - 1)
            }
        case .pageUp:
            if keyset, let anchor = list.anchors.popLast() {
                list.selectOnLoad = anchor.step == 1 ? 0 : list.selected
                reload = true
            } else {
                list.top = max(0, list.top - height)
                list.selected = max(list.top, min(list.selected - height, list.rows.count - 1))
                if list.selected < 0 { list.selected = 0 }
            }
        case .top:
            if keyset && !list.anchors.isEmpty {
                list.anchors = []
                list.selectOnLoad = 0
                reload = true
            }
            list.top = 0
            list.selected = 0
        case .bottom:
            list.selected = max(0, shownEnd - 1)
        default:
            break
        }
        s.modifyList(kind) { $0 = list }
        return reload ? [.loadOrders(kind, list.query(limit: Layout.windowLimit(s, kind)))] : []
    }

    /// Back to the first window of a list (a new filter, sort or search).
    static func resetList(_ s: inout ConsoleState, _ kind: ListKind) -> [Effect] {
        s.modifyList(kind) { list in
            list.anchors = []
            list.top = 0
            list.selected = 0
            list.selectOnLoad = 0
            list.rows = []
            list.loaded = false
        }
        return [.loadOrders(kind, s.list(kind).query(limit: Layout.windowLimit(s, kind)))]
    }

    /// Takes a window read from the store, if it is still the one the list wants; the selection
    /// follows its order when new orders arrive above it.
    static func applyLoaded(_ s: inout ConsoleState, _ kind: ListKind, _ query: OrdersQuery, _ rows: [OrderSummary]) {
        let height = Layout.listHeight(s, kind)
        s.modifyList(kind) { list in
            let wanted = list.query(limit: query.limit)
            guard wanted == query else { return }
            let previous = list.selectedOrder?.amazonOrderId
            list.rows = rows
            list.loaded = true
            if let index = list.selectOnLoad {
                list.selected = index
                list.selectOnLoad = nil
            } else if let previous, let index = rows.firstIndex(where: { $0.amazonOrderId == previous }),
                      list.search != nil || index < height {
                list.selected = index
            }
            let visible = list.search == nil ? min(rows.count, height) : rows.count
            list.selected = max(0, min(list.selected, visible - 1))
            if list.search != nil {
                if list.selected < list.top { list.top = list.selected }
                if list.selected >= list.top + height { list.top = list.selected - height + 1 }
            } else {
                list.top = 0
            }
        }
    }
}
