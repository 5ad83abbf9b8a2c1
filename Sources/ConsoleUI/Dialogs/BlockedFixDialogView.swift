import Foundation
import MerchantCore

extension Console {
    /// A blocked order's fix: why it is blocked, the one fix offered, and that the next sync imports it.
    static func drawBlockedFixDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: BlockedFixDialog) {
        let inner = dialogInner(s)
        var lines: [DialogLine] = []
        lines.append(DialogLine("Order \(d.orderId) cannot be imported:", .bold))
        for blocker in d.blockers { lines += TextFit.wrap("· " + blocker, inner).map { DialogLine($0, .late) } }
        lines.append(.blank)
        var action = "Enter fixes"
        switch d.fix {
        case .mapSku(let amazonSku):
            lines += TextFit.wrap("Map Amazon SKU \(amazonSku) to a product of the catalog: its orders take that product's stock.", inner)
                .map { DialogLine($0) }
            let chosen = d.products.indices.contains(d.product) ? d.products[d.product] : nil
            let name = chosen.map { "\($0.sku) · \($0.title)" + ($0.enabled ? "" : " (disabled)") } ?? "no product"
            lines.append(DialogLine(pieces: [label("Product", focused: true)] + pickerPieces(name, focused: true)))
            action = "Enter maps it"
        case .restock(let sku, let short):
            lines += TextFit.wrap("Restock \(sku): \(Format.plural(short, "unit")) short. Type the stock on hand now.", inner).map { DialogLine($0) }
            lines.append(DialogLine(pieces: [label("On hand", focused: true)] + textPieces(d.stock, focused: true, width: 12)))
            action = "Enter saves the stock"
        case .enable(let sku):
            lines += TextFit.wrap("Enable \(sku): it is sold again, on Amazon and in the shop.", inner).map { DialogLine($0) }
            action = "Enter enables it"
        case .setAsin, nil:
            lines += TextFit.wrap("Set the product's ASIN on the command line: merchant catalog set SKU --asin ASIN.", inner)
                .map { DialogLine($0, .dim) }
            action = "nothing to do here"
        }
        lines.append(.blank)
        lines += TextFit.wrap("Once fixed, the order is imported at the next sync.", inner).map { DialogLine($0, .dim) }
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: "Blocked order · \(action) · Esc closes", lines: lines, keep: 0)
    }
}
