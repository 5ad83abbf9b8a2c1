import Foundation
import MerchantCore

extension Console {
    /// Shipping the marked orders: one carrier, then a row per order with its tracking number and its check.
    static func drawBulkShipDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: BulkShipDialog) {
        let inner = dialogInner(s)
        var lines: [DialogLine] = []
        var keep = 0
        lines.append(DialogLine(tr("dialog.bulk.heading", d.lines.count), .bold))
        lines.append(.blank)
        if d.focus == .carrier { keep = lines.count }
        lines.append(DialogLine(pieces: [label(tr("dialog.field.carrier"), focused: d.focus == .carrier)]
                                + pickerPieces(CarrierChoice.label(d.carrier), focused: d.focus == .carrier) + [("   " + tr("dialog.picker.hint"), .dim)]))
        if d.carrier == CarrierChoice.otherIndex {
            if d.focus == .carrierName { keep = lines.count }
            lines.append(DialogLine(pieces: [label(tr("dialog.field.name"), focused: d.focus == .carrierName)]
                                    + textPieces(d.carrierName, focused: d.focus == .carrierName, width: inner - 13)))
        }
        // ORDER, BUYER, TRACKING, CHECK: the buyer takes what the window gives beyond the rest.
        let checkWidth = 11, trackingWidth = 24
        let buyerWidth = max(8, min(30, inner - 2 - 19 - 1 - 1 - trackingWidth - 1 - checkWidth))
        var header = DialogLine(pieces: [("  ", .plain)])
        for (t, w) in [(tr("dialog.bulk.column.order"), 19), (tr("dialog.bulk.column.buyer"), buyerWidth), (tr("dialog.bulk.column.tracking"), trackingWidth)] {
            header.pieces.append((TextFit.pad(t, w) + " ", .dim))
        }
        lines.append(header)
        for (i, line) in d.lines.enumerated() {
            let focused = d.focus == .tracking(i)
            if focused { keep = lines.count }
            let check: (String, Style) = switch d.trackingCheck(i) {
            case .success: ("✓ " + tr("dialog.tracking.valid"), .good)
            case .failure(.empty): ("", .plain)
            case .failure: ("✗ " + tr("dialog.tracking.not-valid"), .refusal)
            }
            var pieces: [(text: String, style: Style)] = [(focused ? "▸ " : "  ", .bold), (TextFit.pad(line.amazonOrderId, 19) + " ", .plain),
                                                           (TextFit.pad(line.buyerName ?? "—", buyerWidth) + " ", .plain)]
            let field = textPieces(line.tracking, focused: focused, width: trackingWidth)
            let used = field.reduce(0) { $0 + DisplayWidth.of($1.text) }
            pieces += field + [(String(repeating: " ", count: max(1, trackingWidth - used + 1)), .plain), check]
            lines.append(DialogLine(pieces: pieces))
        }
        // The full reason for the number being typed.
        if case .tracking(let i) = d.focus, case .failure(let e) = d.trackingCheck(i) {
            lines.append(.blank)
            if case .empty = e {
                lines += TextFit.wrap(TrackingNumber.formatDescription(for: e.carrier), inner).map { DialogLine($0, .dim) }
            } else {
                lines += TextFit.wrap("✗ \(d.lines[i].amazonOrderId): \(e)", inner).map { DialogLine($0, .refusal) }
            }
        }
        for line in d.askingToCancel {
            let words = line.cancelRequest?.words ?? ""
            lines += TextFit.wrap("\(cancelRequestMark) \(line.amazonOrderId): \(words)", inner).map { DialogLine($0, .warning) }
        }
        lines += [.blank] + TextFit.wrap(tr("label-dialog.offer.many"), inner).map { DialogLine($0, .dim) }
        if d.reminder { lines += [.blank, DialogLine(buyerMessagesReminder, .dim)] }
        lines += problemLines(d.problem, width: inner)
        if let yes = d.shipAnyway {
            let n = d.askingToCancel.count
            lines.append(DialogLine(tr("dialog.bulk.anyway", n), .bold))
            lines.append(yesNoLine(yes: yes, focused: true))
            keep = lines.count - 1
        }
        drawDialogBox(&screen, s, title: tr("dialog.bulk.title"), lines: lines, keep: keep)
    }
}
