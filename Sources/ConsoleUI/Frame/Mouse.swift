/// A click or a turn of the wheel, at a cell of the window (0-based), as the terminal reported it.
public struct Mouse: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// The left button.
        case click
        case wheelUp, wheelDown
    }

    public var row: Int
    public var column: Int
    public var kind: Kind

    public init(row: Int, column: Int, kind: Kind) {
        self.row = row
        self.column = column
        self.kind = kind
    }
}

extension Console {
    /// Rows one turn of the wheel moves.
    static let wheelStep = 3

    /// A click selects the row or the tab under it; the wheel moves as ↑/↓ do, a few rows a turn. A dialog,
    /// the quit question, a search being typed and pack mode take keys only: the mouse does nothing then.
    static func mouse(_ s: inout ConsoleState, _ m: Mouse) -> [Effect] {
        guard s.dialog == nil, s.quitQuestion == nil, s.searchInput == nil, s.pack == nil || s.showHelp else { return [] }
        if s.showHelp {
            switch m.kind {
            case .wheelUp: s.helpScroll = max(0, s.helpScroll - wheelStep)
            case .wheelDown: s.helpScroll += wheelStep
            case .click: break
            }
            return []
        }
        switch m.kind {
        case .wheelUp, .wheelDown:
            s.flash = nil
            s.wheelPending = (m.kind == .wheelUp ? -1 : 1) * wheelStep
            return wheelOn(&s)
        case .click:
            guard let target = view(s).target(row: m.row, column: m.column) else { return [] }
            s.flash = nil
            switch target {
            case .pane(let pane):
                return switchPane(&s, pane)
            case .row(let index):
                select(&s, index)
                return []
            }
        }
    }

    /// Moves the rows the wheel still owes, as ↑/↓ would. A list that must read its next window first
    /// stops there; `wheelAfterLoad` goes on once the window is read.
    static func wheelOn(_ s: inout ConsoleState) -> [Effect] {
        while s.wheelPending != 0 {
            let up = s.wheelPending < 0
            s.wheelPending += up ? 1 : -1
            let effects = move(&s, up ? .up : .down)
            if !effects.isEmpty { return effects }
        }
        return []
    }

    /// A window arrived: the rest of a turn of the wheel, once the list has no read under way.
    static func wheelAfterLoad(_ s: inout ConsoleState) -> [Effect] {
        guard s.wheelPending != 0 else { return [] }
        if let kind = s.currentList, s.list(kind).selectOnLoad != nil || s.list(kind).stepUp != nil { return [] }
        return wheelOn(&s)
    }

    /// Selects the row a click landed on: the view marked only rows on screen, so no window is read.
    static func select(_ s: inout ConsoleState, _ index: Int) {
        guard s.detail == nil else { return }
        s.pane.room.select(&s, index)
    }
}
