import Foundation

/// The printer labels, slips and pick lists go to: a CUPS queue name as `lp -d` takes it.
public enum PrinterName {
    /// The name typed in `merchant settings set printer NAME`, checked; nil for "none" (print to the system's default
    /// only when asked). CUPS names are up to 127 printable characters without spaces, `/`, `#` or `\`.
    public static func parse(_ text: String) throws -> String? {
        let name = text.trimmingCharacters(in: .whitespaces)
        if name.lowercased() == "none" { return nil }
        let refused: Set<Unicode.Scalar> = [" ", "/", "#", "\\"]
        guard !name.isEmpty, name.unicodeScalars.count <= 127, !name.hasPrefix("-"),
              name.unicodeScalars.allSatisfy({ (0x21..<0x7F).contains($0.value) && !refused.contains($0) })
        else { throw PrinterNameRefusal(name: name) }
        return name
    }
}

/// A printer name CUPS would not take, in a merchant's words.
public struct PrinterNameRefusal: Error, CustomStringConvertible, Equatable {
    public var name: String
    public var description: String { tr("labels.printer.invalid", name) }
}
