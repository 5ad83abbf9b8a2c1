import Foundation

/// The file a bought label comes as: a PDF for an office printer, ZPL for a thermal (Zebra) printer, or a PNG image.
///
///     LabelFormat.parse("zpl")   // .zpl, whose `wire` is "ZPL", as Shipping v2 names it
///
/// The merchant's default is the `label-format` setting; the label dialog may change it for one purchase.
public enum LabelFormat: String, CaseIterable, Sendable, Codable {
    case pdf, zpl, png

    /// Shipping v2's name of the format ("PDF"), as rates list it and a purchase asks for it.
    public var wire: String { rawValue.uppercased() }

    /// The format a merchant typed ("zpl", "ZPL"), or nil for any other word.
    public static func parse(_ text: String) -> LabelFormat? {
        LabelFormat(rawValue: text.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// The next format in the dialog's round: PDF, ZPL, PNG, then PDF again.
    public var next: LabelFormat {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }
}
