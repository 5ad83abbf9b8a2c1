import ConsoleUI

/// Command output uses the console's text rules: glibc widths, and data from outside made inert.
enum CLIText {
    static func inert(_ text: String) -> String { InertText.make(text) }

    /// Exactly `columns` terminal columns, cut with an ellipsis when longer.
    static func fit(_ text: String, _ columns: Int) -> String { TextFit.pad(text, columns) }

    /// Exactly `columns` columns with the text at the right edge (quantities, amounts).
    static func right(_ text: String, _ columns: Int) -> String { TextFit.right(text, columns) }

    /// Lines of at most `columns`, broken at spaces, a longer word between two characters (never inside one).
    static func wrap(_ text: String, _ columns: Int) -> [String] { TextFit.wrap(text, columns) }

    /// Columns the terminal (or a printer's fixed-width font) gives the text.
    static func width(_ text: String) -> Int { DisplayWidth.of(InertText.make(text)) }
}
