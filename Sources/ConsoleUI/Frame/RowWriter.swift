/// Writes fields of fixed width left to right on one row, one space apart.
struct RowWriter {
    var x: Int

    init(at x: Int = 0) { self.x = x }

    /// A field cut or padded to `width` columns (right-aligned when `right`).
    mutating func field(_ screen: inout Screen, _ row: Int, _ text: String, _ width: Int, _ style: Style = .plain, right: Bool = false) {
        guard width > 0 else { return }
        screen.put(right ? TextFit.right(text, width) : TextFit.pad(text, width), row: row, column: x, style: style, width: width)
        x += width + 1
    }
}

extension Screen {
    /// Marks a row as selected: reverse video over whatever styles it has, colours kept.
    mutating func highlight(row: Int) {
        guard row >= 0, row < rows else { return }
        for x in 0..<columns { cells[row * columns + x].style.reverse = true }
    }
}
