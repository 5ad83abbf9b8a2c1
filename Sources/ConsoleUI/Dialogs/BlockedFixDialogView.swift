import Foundation
import MerchantCore

extension Console {
    /// A blocked order's fix: why it is blocked, the one fix offered, and that the next sync imports it.
    static func drawBlockedFixDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: BlockedFixDialog) {
        let inner = dialogInner(s)
        var lines: [DialogLine] = []
        lines.append(DialogLine(tr("dialog.fix.heading", d.orderId), .bold))
        for blocker in d.blockers { lines += TextFit.wrap("· " + Blocker.inMerchantsWords(blocker), inner).map { DialogLine($0, .late) } }
        lines.append(.blank)
        var action = tr("dialog.fix.action")
        switch d.fix {
        case .mapSku(let amazonSku):
            lines += TextFit.wrap(tr("dialog.fix.map", amazonSku), inner)
                .map { DialogLine($0) }
            let chosen = d.products.indices.contains(d.product) ? d.products[d.product] : nil
            let name = chosen.map { "\($0.sku) · \($0.title)" + ($0.enabled ? "" : " " + tr("dialog.fix.disabled")) } ?? tr("dialog.fix.no-product.name")
            lines.append(DialogLine(pieces: [label(tr("dialog.field.product"), focused: true)] + pickerPieces(name, focused: true)))
            action = tr("dialog.fix.action.map")
        case .restock(let sku, let short):
            lines += TextFit.wrap(tr("dialog.fix.restock", sku, short), inner).map { DialogLine($0) }
            lines.append(DialogLine(pieces: [label(tr("dialog.field.on-hand"), focused: true)] + textPieces(d.stock, focused: true, width: 12)))
            action = tr("dialog.fix.action.restock")
        case .enable(let sku):
            lines += TextFit.wrap(tr("dialog.fix.enable", sku), inner).map { DialogLine($0) }
            action = tr("dialog.fix.action.enable")
        case .setAsin, nil:
            lines += TextFit.wrap(tr("dialog.fix.asin"), inner).map { DialogLine($0, .dim) }
            action = tr("dialog.fix.action.none")
        }
        lines.append(.blank)
        lines += TextFit.wrap(tr("dialog.fix.next-sync"), inner).map { DialogLine($0, .dim) }
        lines += problemLines(d.problem, width: inner)
        drawDialogBox(&screen, s, title: tr("dialog.fix.title", action), lines: lines, keep: 0)
    }
}
