import Foundation
import ConsoleUI
import MerchantCore

/// A packing slip as plain text for a fixed-width printer font: A4 (80 columns) or a 100×150 mm label (48).
/// Every line is measured by display width, long names wrap between characters, never inside one.
enum PackingSlipText {
    enum Format: String, CaseIterable {
        case a4, label

        var width: Int { self == .a4 ? 80 : 48 }
    }

    static func render(_ slip: PackingSlip, format: Format) -> String {
        let lines = format == .a4 ? a4(slip) : label(slip)
        return lines.map { PickListText.trimmed(CLIText.inert($0)) }.joined(separator: "\n")
    }

    // MARK: - A4

    /// Item table of the A4 slip: quantity, SKU, bin, then the title over what is left of the line.
    static let a4Columns = (qty: 3, sku: 18, bin: 10)

    static func a4(_ slip: PackingSlip) -> [String] {
        let width = Format.a4.width
        let order = tr("parcel.slip.order", slip.amazonOrderId)
        var out = [spread(tr("parcel.slip.title"), order, width), spread("", tr("parcel.slip.ordered", date(slip.purchaseDate)), width)]
        out += sender(slip, width)
        out += ["", tr("parcel.slip.shipto")] + slip.shipTo.flatMap { CLIText.wrap($0, width - 4).map { "    " + $0 } } + [""]
        let c = a4Columns
        let titleWidth = width - c.qty - c.sku - c.bin - 5
        out.append([CLIText.right(tr("parcel.column.qty"), c.qty), " ", CLIText.fit("SKU", c.sku), CLIText.fit(tr("parcel.column.bin"), c.bin), tr("parcel.column.item")]
            .joined(separator: " "))
        for item in slip.items {
            let title = CLIText.wrap(item.title, titleWidth)
            let head = [CLIText.right("\(item.quantity)", c.qty), " ", CLIText.fit(item.sku, c.sku), CLIText.fit(item.bin?.text ?? "", c.bin)]
                .joined(separator: " ")
            out.append(head + " " + (title.first ?? ""))
            let indent = String(repeating: " ", count: width - titleWidth)
            out += title.dropFirst().map { indent + $0 }
        }
        out += ["", spread(totals(slip), tr("parcel.slip.packedby"), width)]
        return out
    }

    // MARK: - Label

    static func label(_ slip: PackingSlip) -> [String] {
        let width = Format.label.width
        let rule = String(repeating: "-", count: width)
        var out = [tr("parcel.slip.title"), tr("parcel.slip.order", slip.amazonOrderId), tr("parcel.slip.ordered", date(slip.purchaseDate)), rule,
                   tr("parcel.slip.shipto")]
        out += slip.shipTo.flatMap { CLIText.wrap($0, width) }
        out += [rule, CLIText.right(tr("parcel.column.qty"), 3) + " " + CLIText.fit("SKU", 28) + " " + tr("parcel.column.bin")]
        for item in slip.items {
            out.append(CLIText.right("\(item.quantity)", 3) + " " + CLIText.fit(item.sku, 28) + " " + CLIText.fit(item.bin?.text ?? "", width - 33))
            out += CLIText.wrap(item.title, width - 4).map { "    " + $0 }
        }
        return out + [rule, totals(slip)] + sender(slip, width)
    }

    // MARK: - Parts

    /// The merchant's address, for a return; nothing while none is set.
    static func sender(_ slip: PackingSlip, _ width: Int) -> [String] {
        slip.shipFrom.map { CLIText.wrap(tr("parcel.slip.from", $0.block.joined(separator: ", ")), width) } ?? []
    }

    static func totals(_ slip: PackingSlip) -> String {
        tr("parcel.slip.total", slip.units, slip.items.count)
    }

    /// `left` at the start and `right` at the end of a line of `width` columns.
    static func spread(_ left: String, _ right: String, _ width: Int) -> String {
        let gap = max(1, width - CLIText.width(left) - CLIText.width(right))
        return left + String(repeating: " ", count: gap) + right
    }

    /// The purchase day in the merchant's language ("1 Jan 2026", "1. Jan. 2026"), in UTC as Amazon's times are.
    static func date(_ date: Date) -> String {
        LanguageFormat.day(date, Language.current, timeZone: TimeZone(identifier: "UTC")!)
    }
}
