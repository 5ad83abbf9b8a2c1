import Foundation
import MerchantCore

extension Console {
    /// Buying a label: the rates as a list (one order) or each marked order's on-time rate and the total, then "Buy …?".
    static func drawLabelDialog(_ screen: inout Screen, _ s: ConsoleState, _ d: LabelDialog) {
        let inner = dialogInner(s)
        var lines: [DialogLine] = []
        var keep = 0
        if d.isMarked {
            lines.append(DialogLine(tr("label-dialog.heading.many", d.entries.count), .bold))
            lines.append(DialogLine(tr("label-dialog.format", d.format.wire), .dim))
            lines.append(.blank)
            keep = markedRateLines(&lines, d, inner: inner)
        } else {
            let entry = d.entries[0]
            lines.append(DialogLine(tr("label-dialog.heading.one", entry.amazonOrderId, entry.buyerName ?? "—"), .bold))
            if let rates = entry.answer?.rates {
                let until = Format.date(rates.fetchedAt.addingTimeInterval(LabelRules.rateLifetime))
                lines += TextFit.wrap(tr("label-dialog.parcel", rates.parcel.description, until), inner).map { DialogLine($0, .dim) }
            }
            lines.append(DialogLine(tr("label-dialog.format", d.format.wire), .dim))
            lines.append(.blank)
            keep = rateListLines(&lines, d, inner: inner)
            // The rate under the cursor lacks the format: said before Enter, never bought in another.
            if let refusal = d.formatRefusal {
                lines += TextFit.wrap("✗ " + Sentence.end(refusal.description), inner).map { DialogLine($0, .refusal) }
            }
        }
        if d.asking { lines.append(DialogLine(tr("label-dialog.asking.rates"), .dim)) }
        for (entry, why) in d.leftOut {
            // Marked orders name the order, unless the reason does already.
            let text = d.isMarked && !why.contains(entry.amazonOrderId) ? "✗ \(entry.amazonOrderId): \(Sentence.end(why))" : "✗ " + Sentence.end(why)
            lines += TextFit.wrap(text, inner).map { DialogLine($0, .refusal) }
        }
        lines += problemLines(d.problem, width: inner)
        if let yes = d.question {
            lines.append(.blank)
            let question = d.isMarked
                ? tr("label-dialog.question.many", d.chosen.count, d.total, d.format.wire)
                : d.chosen.first.map { tr("label-dialog.question.one", $0.offer.serviceName, $0.offer.price, d.format.wire) } ?? ""
            lines += TextFit.wrap(question, inner).map { DialogLine($0, .bold) }
            lines.append(yesNoLine(yes: yes, focused: true))
            keep = lines.count - 1
        } else if d.sending {
            lines.append(DialogLine(tr("label-dialog.sending"), .dim))
        }
        lines.append(.blank)
        let keys = d.isMarked ? tr("label-dialog.keys.many") : tr("label-dialog.keys.one")
        lines += TextFit.wrap(keys, inner).map { DialogLine($0, .dim) }
        drawDialogBox(&screen, s, title: d.isMarked ? tr("label-dialog.title.many") : tr("label-dialog.title.one"), lines: lines, keep: keep)
    }

    /// One order's rates: service, price, delivery promise, and protection, cheapest and fastest marked. The line to keep.
    private static func rateListLines(_ lines: inout [DialogLine], _ d: LabelDialog, inner: Int) -> Int {
        guard !d.offers.isEmpty else { return 0 }
        let marks = ShippingOffer.marks(d.offers)
        let tags = d.offers.map { offer in
            [offer.protected ? tr("labels.rates.protected") : nil, offer.rateId == marks.cheapest ? tr("labels.rates.cheapest") : nil,
             offer.rateId == marks.fastest ? tr("labels.rates.fastest") : nil].compactMap { $0 }.joined(separator: ", ")
        }
        let priceWidth = 10, promiseWidth = promiseColumn(d.offers)
        let tagWidth = tags.map(DisplayWidth.of).max() ?? 0
        let serviceWidth = max(12, min(30, inner - 2 - 1 - priceWidth - 2 - promiseWidth - 2 - tagWidth))
        lines.append(DialogLine(pieces: [("  " + TextFit.pad(tr("label-dialog.column.service"), serviceWidth) + " "
                                          + TextFit.right(tr("label-dialog.column.price"), priceWidth) + "  "
                                          + TextFit.pad(tr("label-dialog.column.promise"), promiseWidth), .dim)]))
        var keep = lines.count
        for (i, offer) in d.offers.enumerated() {
            let focused = i == d.selected
            if focused { keep = lines.count }
            let row = TextFit.pad(service(offer), serviceWidth) + " " + TextFit.right(LanguageFormat.money(offer.price, Language.current), priceWidth)
                + "  " + TextFit.pad(promise(offer), promiseWidth) + "  "
            lines.append(DialogLine(pieces: [(focused ? "▸ " : "  ", .bold), (row, focused ? .reverse : .plain), (tags[i], .good)]))
        }
        return keep
    }

    /// Each marked order with the rate it gets and its price; the total under them. The line to keep.
    private static func markedRateLines(_ lines: inout [DialogLine], _ d: LabelDialog, inner: Int) -> Int {
        let chosen = d.chosen
        guard !chosen.isEmpty else { return 0 }
        let priceWidth = 10, promiseWidth = promiseColumn(chosen.map(\.offer)), orderWidth = 19
        // The buyer only where the window has room for it beside the rest.
        let rest = inner - 2 - orderWidth - 1 - priceWidth - 2 - promiseWidth
        let serviceWidth = min(24, inner >= 90 ? rest - 20 : rest)
        let buyerWidth = inner >= 90 ? rest - serviceWidth - 1 : 0
        let buyerColumn = { (text: String) in buyerWidth > 0 ? TextFit.pad(text, buyerWidth) + " " : "" }
        lines.append(DialogLine(pieces: [("  " + TextFit.pad(tr("dialog.bulk.column.order"), orderWidth) + " "
                                          + buyerColumn(tr("dialog.bulk.column.buyer"))
                                          + TextFit.pad(tr("label-dialog.column.service"), serviceWidth)
                                          + TextFit.right(tr("label-dialog.column.price"), priceWidth) + "  "
                                          + TextFit.pad(tr("label-dialog.column.promise"), promiseWidth), .dim)]))
        for (entry, offer) in chosen {
            lines.append(DialogLine("  " + TextFit.pad(entry.amazonOrderId, orderWidth) + " " + buyerColumn(entry.buyerName ?? "—")
                                    + TextFit.pad(service(offer), serviceWidth) + TextFit.right(LanguageFormat.money(offer.price, Language.current), priceWidth)
                                    + "  " + TextFit.pad(promise(offer), promiseWidth)))
        }
        let total = tr("label-dialog.total", d.total)
        lines.append(DialogLine(TextFit.right(total, 2 + orderWidth + 1 + (buyerWidth > 0 ? buyerWidth + 1 : 0) + serviceWidth + priceWidth), .bold))
        return lines.count - 1
    }

    /// "DHL Paket", or the carrier before a service that does not name it ("Yamato Transport TA-Q-BIN").
    private static func service(_ offer: ShippingOffer) -> String {
        offer.serviceName.hasPrefix(offer.carrierName.split(separator: " ").first.map(String.init) ?? offer.carrierName)
            ? offer.serviceName : offer.carrierName + " " + offer.serviceName
    }

    /// As wide as the longest promise and the column's title.
    private static func promiseColumn(_ offers: [ShippingOffer]) -> Int {
        max(DisplayWidth.of(tr("label-dialog.column.promise")), offers.map { DisplayWidth.of(promise($0)) }.max() ?? 0)
    }

    /// "by 2026-01-05 18:00", or that Amazon promised nothing.
    private static func promise(_ offer: ShippingOffer) -> String {
        offer.deliveryBy.map { tr("labels.rates.by", Format.date($0)) } ?? tr("labels.rates.nopromise")
    }
}
