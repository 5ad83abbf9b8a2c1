import Foundation
import MerchantCore

/// The pick list as text that prints well: fixed columns measured by display width (German, Thai and Japanese
/// titles line up), 80 columns wide, a box to tick per product and the orders it serves below it.
/// `merchant picklist` prints it and `--print` sends it to `lp`; the Pick pane's `p` sends the same text.
public enum PickListText {
    static let width = 80
    /// Tick box, bin, quantity, SKU, title: 3 + 10 + 4 + 18 + 41 columns and the spaces between them.
    static let columns = (tick: 3, bin: 10, qty: 4, sku: 18, title: 41)

    public static func render(_ lines: [PickListLine]) -> String {
        guard !lines.isEmpty else { return tr("parcel.picklist.empty") }
        let orders = Set(lines.flatMap { $0.orders.map(\.amazonOrderId) }).count
        var out = [tr("parcel.picklist.title", PickList.units(lines), lines.count, orders), ""]
        out.append(row("", tr("parcel.column.bin"), tr("parcel.column.qty"), "SKU", tr("parcel.column.title")))
        for line in lines {
            out.append(row("[ ]", line.bin?.text ?? "—", "\(line.quantity)", line.sku, line.title))
            let served = line.orders.map { "\($0.amazonOrderId) ×\($0.quantity)" }.joined(separator: ", ")
            let indent = columns.tick + 1 + columns.bin + 1 + columns.qty + 1
            for part in TextFit.wrap(served, width - indent) { out.append(String(repeating: " ", count: indent) + part) }
        }
        return out.map(trimmed).joined(separator: "\n")
    }

    static func row(_ tick: String, _ bin: String, _ qty: String, _ sku: String, _ title: String) -> String {
        [TextFit.pad(tick, columns.tick), TextFit.pad(bin, columns.bin), TextFit.right(qty, columns.qty),
         TextFit.pad(sku, columns.sku), TextFit.pad(title, columns.title)].joined(separator: " ")
    }

    /// The line without its trailing spaces (the packing slip trims its lines with it too).
    public static func trimmed(_ line: String) -> String { line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
}
