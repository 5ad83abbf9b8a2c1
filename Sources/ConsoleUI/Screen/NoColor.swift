/// The console on a terminal without colours: `NO_COLOR` is set, or the terminal has none.
///
///     let shown = terminal.colors ? screen : screen.withoutColor()
///
/// Colours go; bold, dim, reverse (the selected row, the status line) and underline stay. A colour that
/// was a style's only emphasis and meant "look here" (red, yellow: due today, a warning) becomes bold,
/// so that what stood out still does (R15); green and cyan only decorate text that says the same in words.
extension Style {
    public func withoutColor() -> Style {
        var plain = self
        plain.color = nil
        if color == .red || color == .yellow { plain.bold = true }
        return plain
    }
}

extension Screen {
    public func withoutColor() -> Screen {
        var copy = self
        for i in copy.cells.indices { copy.cells[i].style = copy.cells[i].style.withoutColor() }
        return copy
    }
}
