import Foundation
import MerchantCore

/// The pick list as text that prints well: fixed columns measured by display width (German, Thai and Japanese
/// titles line up), 80 columns wide, a box to tick per product and the orders it serves below it.
enum PickListText {
    static let width = 80
    /// Tick box, bin, quantity, SKU, title: 3 + 10 + 4 + 18 + 41 columns and the spaces between them.
    static let columns = (tick: 3, bin: 10, qty: 4, sku: 18, title: 41)

    static func render(_ lines: [PickListLine]) -> String {
        guard !lines.isEmpty else { return tr("parcel.picklist.empty") }
        let orders = Set(lines.flatMap { $0.orders.map(\.amazonOrderId) }).count
        var out = [tr("parcel.picklist.title", PickList.units(lines), lines.count, orders), ""]
        out.append(row("", tr("parcel.column.bin"), tr("parcel.column.qty"), "SKU", tr("parcel.column.title")))
        for line in lines {
            out.append(row("[ ]", line.bin?.text ?? "—", "\(line.quantity)", line.sku, line.title))
            let served = line.orders.map { "\($0.amazonOrderId) ×\($0.quantity)" }.joined(separator: ", ")
            let indent = columns.tick + 1 + columns.bin + 1 + columns.qty + 1
            for part in CLIText.wrap(served, width - indent) { out.append(String(repeating: " ", count: indent) + part) }
        }
        return out.map(trimmed).joined(separator: "\n")
    }

    static func row(_ tick: String, _ bin: String, _ qty: String, _ sku: String, _ title: String) -> String {
        [CLIText.fit(tick, columns.tick), CLIText.fit(bin, columns.bin), CLIText.right(qty, columns.qty),
         CLIText.fit(sku, columns.sku), CLIText.fit(title, columns.title)].joined(separator: " ")
    }

    static func trimmed(_ line: String) -> String { line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
}
