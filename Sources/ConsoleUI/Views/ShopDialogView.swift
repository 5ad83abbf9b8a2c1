import Foundation
import MerchantCore

extension Console {
    static func drawShopDialog(_ screen: inout Screen, _ s: ConsoleState, _ dialog: ShopDialog) {
        switch dialog {
        case .ship(let d): drawShopShipDialog(&screen, s, d)
        case .cancelFulfillment(let d): drawCancelFulfillmentDialog(&screen, s, d)
        }
    }

    /// Shipping a shop order: the ship dialog's carrier, tracking number (checked as typed) and date; the whole order ships.
    static func drawShopShipDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: ShopShipDialog) {
        let inner = dialogInner(s)
        let value = inner - 13
        var lines: [DialogLine] = []
        var keep = 0
        func field(_ name: String, _ f: ShopShipDialog.Field, _ pieces: [(text: String, style: Style)]) {
            if d.focus == f { keep = lines.count }
            lines.append(DialogLine(pieces: [label(name, focused: d.focus == f)] + pieces))
        }
        let o = d.order
        let units = o.lines.reduce(0) { $0 + $1.quantity - $1.quantityShipped }
        lines.append(DialogLine("\(o.reference) · \(o.buyerName) · \(Format.plural(units, "unit")), the whole order ships", .bold))
        lines.append(DialogLine("\(ShopFulfilment.items(o)) · to \(ShopFulfilment.address(o.address))", .dim))
        if let note = o.note { lines += TextFit.wrap("You ship it (\(note)).", inner).map { DialogLine($0, .dim) } }
        lines.append(.blank)

        field("Carrier", .carrier, pickerPieces(CarrierChoice.label(d.carrier), focused: d.focus == .carrier) + [("   ←→ or a letter", .dim)])
        if d.carrier == CarrierChoice.otherIndex {
            field("Name", .carrierName, textPieces(d.carrierName, focused: d.focus == .carrierName, width: value))
            if case .failure(let e) = d.carrierCheck {
                lines += e == .nameRequired
                    ? TextFit.wrap(e.description, inner - 13).map { DialogLine(pieces: [(String(repeating: " ", count: 13), .plain), ($0, .dim)]) }
                    : verdict(nil, e.description, width: inner, indent: 13)
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
        if let problem = d.problem {
            lines.append(.blank)
            lines += TextFit.wrap(problem, inner).map { DialogLine($0, .refusal) }
        }
        drawDialogBox(&screen, s, title: "Ship shop order · Enter ships · Esc closes", lines: lines, keep: keep)
    }

    /// Taking a shop order back from Amazon (R26): names the order and what follows, asks with No chosen.
    static func drawCancelFulfillmentDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: CancelFulfillmentDialog) {
        let inner = dialogInner(s)
        let o = d.order
        var lines: [DialogLine] = []
        lines.append(DialogLine("Cancel Amazon's fulfillment of \(o.reference) for \(o.buyerName)?", .bold))
        lines.append(DialogLine("\(ShopFulfilment.items(o)) · Amazon: \(o.fulfillment?.status ?? "—")", .dim))
        lines.append(.blank)
        let next = d.notSentYet
            ? "It has not gone to Amazon yet: it is not sent, and is yours to ship (s) at once, from your own stock."
            : "Amazon hears of it at the next sync. Once Amazon has cancelled it, the order is yours to ship (s), from your own stock."
        lines += TextFit.wrap(next, inner).map { DialogLine($0) }
        lines.append(.blank)
        lines.append(DialogLine("Cancel Amazon's fulfillment of this order?", .bold))
        let no: Style = d.yes ? .plain : Style(bold: true, reverse: true)
        let yes: Style = d.yes ? Style(bold: true, reverse: true, color: .red) : .plain
        lines.append(DialogLine(pieces: [("▸ ", .bold), (d.yes ? "  No  " : "[ No ]", no), ("   ", .plain),
                                         (d.yes ? "[ Yes ]" : "  Yes  ", yes), ("   ←→ or y/n; Enter answers", .dim)]))
        if let problem = d.problem {
            lines.append(.blank)
            lines += TextFit.wrap(problem, inner).map { DialogLine($0, .refusal) }
        }
        drawDialogBox(&screen, s, title: "Cancel Amazon's fulfillment · Esc closes", lines: lines, keep: lines.count - 1)
    }
}
