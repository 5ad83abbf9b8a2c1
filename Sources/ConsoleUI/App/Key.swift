/// A key as the console understands it, whatever terminal sent it.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, home, end, pageUp, pageDown
    case enter, escape, tab, backTab, backspace, delete
    /// Ctrl with a letter (Ctrl-L redraws, Ctrl-C quits).
    case control(Character)
    /// A function key: F1 shows every key.
    case function(Int)

    /// How the help overlay and the footer write the key.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .home: "Home"
        case .end: "End"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .backspace: "Bksp"
        case .delete: "Del"
        case .control(let c): "^" + String(c).uppercased()
        case .function(let n): "F\(n)"
        }
    }
}

/// The window's size in rows and columns.
public struct Size: Hashable, Sendable {
    public var rows: Int
    public var columns: Int
    public init(rows: Int, columns: Int) {
        self.rows = rows
        self.columns = columns
    }
}
