import ConsoleUI

/// Command output uses the console's text rules: glibc widths, and data from outside made inert.
enum CLIText {
    static func inert(_ text: String) -> String { InertText.make(text) }

    /// Exactly `columns` terminal columns, cut with an ellipsis when longer.
    static func fit(_ text: String, _ columns: Int) -> String { TextFit.pad(text, columns) }
}
