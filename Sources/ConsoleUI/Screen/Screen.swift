/// A grid of terminal cells that views draw into and tests read as text.
///
///     var screen = Screen(rows: 24, columns: 80)
///     screen.put("山田太郎", row: 2, column: 10)   // four wide characters: eight cells
///     screen.text(row: 2)                           // "          山田太郎"
///
/// A cell holds one code point of width one or two (a wide one leaves a continuation cell after
/// it) and the zero-width code points that follow it (Thai vowel and tone marks, combining
/// accents), plus a style. Text is made inert on the way in: no control character reaches a cell.
public struct Screen: Equatable, Sendable {
    public let rows: Int
    public let columns: Int
    var cells: [Cell]
    /// What a click means where: the views say it as they draw (`ClickTargets.swift`).
    var clickTargets: [ClickTarget.Area] = []

    /// One column of the grid.
    public struct Cell: Equatable, Sendable {
        /// The code point drawn here and the marks that follow it; empty in a continuation cell.
        public var text: String
        public var style: Style
        /// The right half of a wide character that starts in the cell before.
        public var isContinuation: Bool

        static let blank = Cell(text: " ", style: .plain, isContinuation: false)
    }

    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    public func cell(row: Int, column: Int) -> Cell { cells[row * columns + column] }

    /// Writes `text` from `column` on, at most `width` columns (default: to the row's end); returns the columns used.
    /// A wide character that would not fit is left out, so nothing ever spills into the next field; text that is
    /// cut ends in "…", so the merchant sees that there is more (trailing spaces cut off are not "more").
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style = .plain, width: Int? = nil) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return 0 }
        let limit = min(columns, column + (width ?? columns))
        var x = column
        var lastBase: Int?
        let scalars = Array(InertText.make(text).unicodeScalars)
        for (i, scalar) in scalars.enumerated() {
            let w = DisplayWidth.of(scalar)
            if w == 0 {
                // A mark belongs to the character before it; one with nothing before it sits on a space.
                if let base = lastBase {
                    cells[row * columns + base].text.unicodeScalars.append(scalar)
                } else if x < limit {
                    set(row, x, Cell(text: " " + String(scalar), style: style, isContinuation: false))
                    lastBase = x
                    x += 1
                }
                continue
            }
            if x + w > limit {
                if scalars[i...].contains(where: { $0 != " " }) { markCut(row, from: column, at: &x, limit: limit, style: style) }
                break
            }
            set(row, x, Cell(text: String(scalar), style: style, isContinuation: false))
            if w == 2 { set(row, x + 1, Cell(text: "", style: style, isContinuation: true)) }
            lastBase = x
            x += w
        }
        return x - column
    }

    /// Puts "…" in the last column a cut text may use, in place of what was drawn there.
    private mutating func markCut(_ row: Int, from column: Int, at x: inout Int, limit: Int, style: Style) {
        guard limit > column else { return }
        var p = min(x, limit - 1)
        if p > column, cells[row * columns + p].isContinuation, p == x - 1 { p -= 1 }
        set(row, p, Cell(text: "…", style: style, isContinuation: false))
        if p + 1 < limit, p + 1 < x { set(row, p + 1, Cell(text: " ", style: style, isContinuation: false)) }
        x = max(x, p + 1)
    }

    /// Gives a range of cells a style (a selected row, a banner), keeping their text.
    public mutating func paint(row: Int, from: Int = 0, to end: Int? = nil, style: Style) {
        guard row >= 0, row < rows else { return }
        for x in max(0, from)..<min(columns, end ?? columns) { cells[row * columns + x].style = style }
    }

    /// Writes one cell, mending a wide character cut in half by the write (its other half becomes a space).
    private mutating func set(_ row: Int, _ x: Int, _ cell: Cell) {
        let i = row * columns + x
        if cells[i].isContinuation, x > 0, !cell.isContinuation {
            cells[i - 1] = Cell(text: " ", style: cells[i - 1].style, isContinuation: false)
        }
        if !cells[i].isContinuation, x + 1 < columns, cells[i + 1].isContinuation, !cell.isContinuation {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style, isContinuation: false)
        }
        cells[i] = cell
    }

    /// A row as text (continuation cells add nothing: the wide character before them covers them).
    public func text(row: Int) -> String {
        var out = ""
        for x in 0..<columns { out += cells[row * columns + x].text }
        return out
    }

    /// The whole screen as text, one line per row, trailing spaces removed: what tests compare.
    public var text: String {
        (0..<rows).map { row in
            var line = text(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    /// A row as runs of equal style: what the driver writes, one `mvaddwstr` each.
    public func runs(row: Int) -> [(text: String, style: Style)] {
        var runs: [(text: String, style: Style)] = []
        for x in 0..<columns {
            let cell = cells[row * columns + x]
            if let last = runs.last, last.style == cell.style {
                runs[runs.count - 1].text += cell.text
            } else {
                runs.append((cell.text, cell.style))
            }
        }
        return runs
    }

    /// The display column at which `needle` starts in a row, or nil: tests check alignment with it.
    public func column(of needle: String, row: Int) -> Int? {
        var x = 0
        while x < columns {
            var candidate = ""
            var y = x
            while y < columns && candidate.unicodeScalars.count < needle.unicodeScalars.count {
                candidate += cells[row * columns + y].text
                y += 1
            }
            if candidate.hasPrefix(needle) && !cells[row * columns + x].isContinuation { return x }
            x += 1
        }
        return nil
    }
}
