import MerchantCore
import MerchantStore

extension Console {
    /// Moves in a list. Windows, of the list or of a search's matches, move by reading a new window (after
    /// the row that leaves the screen) and come back through `anchors`.
    static func moveList(_ s: inout ConsoleState, _ kind: ListKind, _ action: Move) -> [Effect] {
        let height = Layout.listHeight(s, kind)
        var list = s.list(kind)
        var reload = false
        let shownEnd = min(list.rows.count, list.top + height)
        switch action {
        case .down:
            if list.selected + 1 < shownEnd {
                list.selected += 1
            } else if list.rows.count > height {
                list.anchors.append(.init(cursor: list.cursor(after: list.rows[0]), step: 1))
                list.selectOnLoad = height - 1
                reload = true
            }
        case .up:
            if list.selected > list.top {
                list.selected -= 1
            } else if list.fromEnd, list.anchors.count == 1 {
                return readAbove(&s, kind, list, step: 1)
            } else if let anchor = list.anchors.popLast() {
                list.selectOnLoad = anchor.step - 1
                reload = true
            }
        case .pageDown:
            if list.rows.count > height {
                list.anchors.append(.init(cursor: list.cursor(after: list.rows[height - 1]), step: height))
                list.selectOnLoad = list.selected
                reload = true
            } else {
                list.selected = max(0, shownEnd - 1)
            }
        case .pageUp:
            if list.fromEnd, list.anchors.count == 1 {
                return readAbove(&s, kind, list, step: height)
            } else if let anchor = list.anchors.popLast() {
                list.selectOnLoad = anchor.step == 1 ? 0 : list.selected
                reload = true
            } else {
                list.selected = max(0, list.selected - height)
            }
        case .top:
            if !list.anchors.isEmpty {
                list.anchors = []
                list.fromEnd = false
                list.selectOnLoad = 0
                reload = true
            }
            list.top = 0
            list.selected = 0
        case .bottom:
            // The oldest window, read backwards from the list's end: no OFFSET, no count.
            return readAbove(&s, kind, list, step: Int.max)
        }
        s.modifyList(kind) { $0 = list }
        return reload ? [.orders(.load(kind, list.query(limit: Layout.windowLimit(s, kind))))] : []
    }

    /// Reads backwards: the `step` rows above the window (Up, PgUp above a window reached by G), or with
    /// `Int.max` the list's last window. `applyAbove` then anchors the window and reads it forwards.
    static func readAbove(_ s: inout ConsoleState, _ kind: ListKind, _ list: OrderList, step: Int) -> [Effect] {
        var list = list
        list.stepUp = step
        let count = step == Int.max ? Layout.listHeight(s, kind) : step
        s.modifyList(kind) { $0 = list }
        return [.orders(.loadAbove(kind, list.queryAbove(limit: count + 1)))]
    }

    /// The rows above arrived (nearest first): the window starts `step` rows higher, or at the list's end.
    static func applyAbove(_ s: inout ConsoleState, _ kind: ListKind, _ query: OrdersQuery, _ rows: [OrderSummary]) -> [Effect] {
        var list = s.list(kind)
        guard let step = list.stepUp, query == list.queryAbove(limit: query.limit) else { return [] }
        list.stepUp = nil
        let toEnd = step == Int.max
        let n = query.limit - 1
        if rows.count > n {
            // The row after which the new window starts; above it the list is read backwards again.
            list.anchors = [.init(cursor: list.cursor(after: rows[n]), step: 0)]
            list.fromEnd = true
        } else {
            list.anchors = []
            list.fromEnd = false
        }
        list.selectOnLoad = toEnd ? Int.max : (step == 1 ? 0 : list.selected)
        s.modifyList(kind) { $0 = list }
        return [.orders(.load(kind, list.query(limit: Layout.windowLimit(s, kind))))]
    }

    /// Back to the first window of a list (a new filter, sort or search).
    static func resetList(_ s: inout ConsoleState, _ kind: ListKind) -> [Effect] {
        s.modifyList(kind) { list in
            list.anchors = []
            list.fromEnd = false
            list.stepUp = nil
            list.top = 0
            list.selected = 0
            list.selectOnLoad = 0
            list.rows = []
            list.loaded = false
            list.count = nil
        }
        return [.orders(.load(kind, s.list(kind).query(limit: Layout.windowLimit(s, kind))))]
    }

    /// Takes a window read from the store, if it is still the one the list wants; the selection
    /// follows its order when new orders arrive above it.
    static func applyLoaded(_ s: inout ConsoleState, _ kind: ListKind, _ query: OrdersQuery, _ rows: [OrderSummary], count: Int) {
        let height = Layout.listHeight(s, kind)
        s.modifyList(kind) { list in
            let wanted = list.query(limit: query.limit)
            guard wanted == query else { return }
            let previous = list.selectedOrder?.amazonOrderId
            list.rows = rows
            list.count = count
            list.loaded = true
            if let index = list.selectOnLoad {
                list.selected = index
                list.selectOnLoad = nil
            } else if let previous, let index = rows.firstIndex(where: { $0.amazonOrderId == previous }), index < height {
                list.selected = index
            }
            list.selected = max(0, min(list.selected, min(rows.count, height) - 1))
            list.top = 0
        }
    }
}
