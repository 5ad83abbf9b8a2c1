import Foundation
import MerchantCore

extension Console {
    /// Carrier, the name for Other, tracking number and ship date, each with its check as it is typed:
    /// what the ship dialogs of Amazon orders and of shop orders draw alike. `focused` is the line of the
    /// focused field, when one of these has the focus.
    static func shipmentFieldLines<D: ShipmentFields>(_ d: D, now: Date, inner: Int) -> (lines: [DialogLine], focused: Int?) {
        let value = inner - 13
        var lines: [DialogLine] = []
        var focused: Int?
        func field(_ name: String, _ f: D.Field, _ pieces: [(text: String, style: Style)]) {
            if d.focus == f { focused = lines.count }
            lines.append(DialogLine(pieces: [label(name, focused: d.focus == f)] + pieces))
        }

        field(tr("dialog.field.carrier"), .carrier, pickerPieces(CarrierChoice.label(d.carrier), focused: d.focus == .carrier)
              + [("   " + tr("dialog.picker.hint"), .dim)])
        if d.carrier == CarrierChoice.otherIndex {
            field(tr("dialog.field.name"), .carrierName, textPieces(d.carrierName, focused: d.focus == .carrierName, width: value))
            switch d.carrierCheck {
            case .failure(.nameRequired): lines += indented(CarrierError.nameRequired.description, .dim, width: inner, indent: 13)
            case .failure(let e): lines += verdict(nil, e.description, width: inner, indent: 13)
            case .success: break
            }
        }
        field(tr("dialog.field.tracking"), .tracking, textPieces(d.tracking, focused: d.focus == .tracking, width: value))
        switch d.trackingCheck {
        case .success(let number):
            lines += verdict(number == d.tracking.text ? tr("dialog.tracking.valid") : tr("dialog.tracking.valid.as", number), nil, width: inner, indent: 13)
        case .failure(.empty):
            // Nothing typed yet is not a mistake: say what the carrier's numbers look like.
            lines += indented(TrackingNumber.formatDescription(for: d.carrierForChecking), .dim, width: inner, indent: 13)
        case .failure(let e):
            lines += verdict(nil, e.description, width: inner, indent: 13)
        }
        field(tr("dialog.field.date"), .date, textPieces(d.date, focused: d.focus == .date, width: 18))
        switch d.dateCheck(now: now) {
        case .success(nil): lines[lines.count - 1].pieces.append(("  ✓ " + tr("dialog.date.now"), .good))
        case .success(let date?): lines[lines.count - 1].pieces.append(("  ✓ " + tr("dialog.date.utc", Format.date(date)), .good))
        case .failure(let reason): lines += verdict(nil, reason.description, width: inner, indent: 13)
        }
        return (lines, focused)
    }
}
