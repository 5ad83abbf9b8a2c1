internal import CNCurses

/// A piece of one row drawn in one style: the unit the driver writes with a single `mvaddwstr`.
public struct StyledRun: Equatable, Sendable {
    public var text: String
    public var attributes: RunAttributes

    public init(_ text: String, _ attributes: RunAttributes = RunAttributes()) {
        self.text = text
        self.attributes = attributes
    }
}

/// How a run looks: weight, inversion and an optional foreground colour.
public struct RunAttributes: Equatable, Sendable {
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false
    public var color: TerminalColor?

    public init(bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false, color: TerminalColor? = nil) {
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
        self.color = color
    }

    func curses(colors: Bool) -> attr_t {
        var a = cnc_a_normal()
        if bold { a |= cnc_a_bold() }
        if dim { a |= cnc_a_dim() }
        if reverse { a |= cnc_a_reverse() }
        if underline { a |= cnc_a_underline() }
        if colors, let color, let index = TerminalColor.allCases.firstIndex(of: color) {
            a |= cnc_color_pair(Int16(index + 1))
        }
        return a
    }
}

/// The foreground colours the console uses, each a curses pair on the default background.
public enum TerminalColor: CaseIterable, Sendable {
    case red, yellow, green, cyan, blue, magenta

    var curses: Int16 {
        switch self {
        case .red: Int16(COLOR_RED)
        case .yellow: Int16(COLOR_YELLOW)
        case .green: Int16(COLOR_GREEN)
        case .cyan: Int16(COLOR_CYAN)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        }
    }
}
