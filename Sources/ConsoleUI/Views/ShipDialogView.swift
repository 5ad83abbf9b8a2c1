import Foundation
import MerchantCore

extension Console {
    /// R16, said in the first ship dialog of a session.
    static let buyerMessagesReminder = "Buyers' messages reach you only in Seller Central, not here (R16)."

    /// The ship dialog: carrier, tracking number with its check as typed, ship date, items.
    static func drawShipDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: ShipDialog) {
        let inner = dialogInner(s)
        let value = inner - 13
        var lines: [DialogLine] = []
        var keep = 0
        func field(_ name: String, _ f: ShipDialog.Field, _ pieces: [(text: String, style: Style)]) {
            if d.focus == f { keep = lines.count }
            lines.append(DialogLine(pieces: [label(name, focused: d.focus == f)] + pieces))
        }
        let o = d.order
        let open = d.open.reduce(0, +)
        lines.append(DialogLine("\(o.amazonOrderId) · \(o.buyerName ?? "—") · \(Format.plural(open, "unit")) to ship", .bold))
        lines.append(.blank)

        field("Carrier", .carrier, pickerPieces(CarrierChoice.label(d.carrier), focused: d.focus == .carrier)
              + [("   ←→ or a letter", .dim)])
        if d.carrier == CarrierChoice.otherIndex {
            field("Name", .carrierName, textPieces(d.carrierName, focused: d.focus == .carrierName, width: value))
            switch d.carrierCheck {
            case .failure(.nameRequired):
                lines += TextFit.wrap(CarrierError.nameRequired.description, inner - 13)
                    .map { DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), ($0, .dim)]) }
            case .failure(let e): lines += verdict(nil, e.description, width: inner, indent: 13)
            case .success: break
            }
        }
        field("Tracking", .tracking, textPieces(d.tracking, focused: d.focus == .tracking, width: value))
        switch d.trackingCheck {
        case .success(let number):
            lines += verdict(number == d.tracking.text ? "valid" : "valid: \(number)", nil, width: inner, indent: 13)
        case .failure(.empty):
            // Nothing typed yet is not a mistake: say what the carrier's numbers look like.
            let carrier = CarrierChoice.forChecking(d.carrier, name: d.carrierName.text)
            lines += TextFit.wrap(TrackingNumber.formatDescription(for: carrier), inner - 13)
                .map { DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), ($0, .dim)]) }
        case .failure(let e):
            lines += verdict(nil, e.description, width: inner, indent: 13)
        }
        field("Ship date", .date, textPieces(d.date, focused: d.focus == .date, width: 18))
        switch d.dateCheck(now: s.now) {
        case .success(nil): lines[lines.count - 1].pieces.append(("  ✓ now", .good))
        case .success(let date?): lines[lines.count - 1].pieces.append(("  ✓ \(Format.date(date)) UTC", .good))
        case .failure(let reason): lines += verdict(nil, reason.description, width: inner, indent: 13)
        }

        lines.append(DialogLine(pieces: [label("Items", focused: false), ("units leaving now; fewer ship part of the order", .dim)]))
        for (i, item) in o.items.enumerated() {
            let focused = d.focus == .item(i)
            if focused { keep = lines.count }
            let count: [(text: String, style: Style)]
            if d.open[i] == 0 {
                count = [(TextFit.pad("shipped", 11), .dim)]
            } else {
                let n = TextFit.right(String(d.quantities[i]), 2)
                count = focused ? [("◂ ", .bold), (n, .reverse), (" ▸", .bold), (TextFit.pad(" of \(d.open[i])", 6), .plain)]
                                : [("  " + n + "  " + TextFit.pad(" of \(d.open[i])", 6), .plain)]
            }
            lines.append(DialogLine(pieces: [(focused ? "  ▸" : "   ", .bold), (String(repeating: " ", count: 10), .plain)] + count
                                    + [(" " + item.sku + "  ", .plain), (item.title, .dim)]))
        }
        if d.reminder { lines += [.blank, DialogLine(buyerMessagesReminder, .dim)] }
        if let problem = d.problem {
            lines.append(.blank)
            lines += TextFit.wrap(problem, inner).map { DialogLine($0, .refusal) }
        }
        drawDialogBox(&screen, s, title: "Ship order · Enter ships · Esc closes", lines: lines, keep: keep)
    }
}
