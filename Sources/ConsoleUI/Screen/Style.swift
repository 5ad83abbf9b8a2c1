/// How a cell looks. Under `NO_COLOR` the loop draws `withoutColor()`: colours go, bold and reverse stay.
public struct Style: Hashable, Sendable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var color: Color?

    public init(bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, color: Color? = nil) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.color = color
    }

    public static let plain = Style()
    public static let bold = Style(bold: true)
    public static let dim = Style(dim: true)
    public static let reverse = Style(reverse: true)
    public static let late = Style(bold: true, color: .red)
    public static let dueToday = Style(color: .yellow)
    public static let warning = Style(bold: true, color: .yellow)
    public static let good = Style(color: .green)
    public static let refusal = Style(bold: true, color: .red)
}

/// The few foreground colours the console uses, on the terminal's own background.
public enum Color: Hashable, Sendable {
    case red, yellow, green, cyan, blue, magenta
}
