import ConsoleUI

/// Labels in front of values, padded to one column measured by display width: "Ship by:        ".
struct Labels {
    let padded: [String]
    /// Spaces as wide as a label, for a value's second line.
    let indent: String

    /// `gap`: the spaces after the widest label.
    init(_ labels: [String], gap: Int = 2) {
        let width = (labels.map { DisplayWidth.of($0) }.max() ?? 0) + gap
        padded = labels.map { CLIText.fit($0, width) }
        indent = String(repeating: " ", count: width)
    }

    subscript(_ i: Int) -> String { padded[i] }
}
