import Foundation
import MerchantCore

extension Console {
    /// Pack mode in place of the pane: the order and how much is packed, the scan line with what the last scan did
    /// (a refusal in red), the order's open lines with their ticks, and the promise that nothing ships before the
    /// ship dialog is confirmed.
    static func drawPack(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let pack = s.pack, height > 0 else { return }
        let width = s.size.columns
        var head: [(text: String, style: Style)] = []
        if let tally = pack.tally {
            var title = tr("pack.title.order", tally.amazonOrderId, pack.buyer ?? "—")
            if let shipBy = pack.shipBy { title += " · " + tr("pack.title.ship-by", Format.date(shipBy)) }
            head.append((title, .bold))
            let progress = tr("pack.progress", tally.packed, tally.units)
            head.append(tally.isComplete ? (progress + " · " + tr("pack.complete"), .good) : (progress, .plain))
        } else {
            head.append((tr("pack.title"), .bold))
            head.append((tr("pack.ask.order"), .plain))
        }
        head.append(("", .plain))
        var row = top
        for (text, style) in head where row < top + height {
            screen.put(text, row: row, column: 0, style: style)
            row += 1
        }
        guard row < top + height else { return }
        drawScanLine(&screen, pack.line, row: row, width: width)
        row += 1
        for (text, style) in answerLines(pack, width: width) where row < top + height {
            screen.put(text, row: row, column: 2, style: style)
            row += 1
        }
        let hint = TextFit.wrap(tr("pack.hint"), width)
        let bottom = top + height - hint.count
        if let tally = pack.tally, bottom - row >= 3 {
            drawPackLines(&screen, tally, focus: pack.focusLine, top: row + 1, height: bottom - row - 2, width: width)
        }
        for (i, text) in hint.enumerated() where bottom + i > row { screen.put(text, row: bottom + i, column: 0, style: .dim) }
    }

    /// "Scan: 4006381│": what was typed, the cursor after it; a text longer than any code says it will be refused.
    static func drawScanLine(_ screen: inout Screen, _ line: ScanLine, row: Int, width: Int) {
        var x = screen.put(tr("pack.scan.prompt") + " ", row: row, column: 0, style: .bold)
        // The warning keeps its room; the text shows its end ("…" before it) in what is left.
        let warning = line.tooLong ? "  " + tr("pack.scan.too-long") : ""
        x += screen.put(TextFit.tail(line.text, max(1, width - x - 1 - DisplayWidth.of(warning))), row: row, column: x, style: Style(underline: true))
        screen.put(" ", row: row, column: x, style: .reverse)
        screen.put(warning, row: row, column: x + 1, style: .refusal)
    }

    /// The last scan's answer, wrapped: the line it ticked in green, or the refusal in red (at most three lines).
    static func answerLines(_ pack: PackState, width: Int) -> [(String, Style)] {
        switch pack.answer {
        case .ticked(let index, let code):
            guard let line = pack.tally?.lines[index] else { return [] }
            return TextFit.wrap("✓ " + tr("pack.ticked", code, line.title, line.packed, line.units), width - 2).prefix(3).map { ($0, .good) }
        case .refused(let reason):
            return TextFit.wrap("✗ " + Sentence.end(reason), width - 2).prefix(3).map { ($0, .refusal) }
        case nil:
            return []
        }
    }

    /// The order's open lines: packed of units (✓ once complete), SKU, title; the focused line kept in view.
    static func drawPackLines(_ screen: inout Screen, _ tally: PackTally, focus: Int, top: Int, height: Int, width: Int) {
        let headers = (count: tr("pack.column.packed"), sku: tr("pack.column.sku"), title: tr("pack.column.product"))
        let counts = tally.lines.map { ($0.isPacked ? "✓ " : "  ") + "\($0.packed)/\($0.units)" }
        // One column more than the widest of each, so that two spaces part the columns.
        let countWidth = max(DisplayWidth.of(headers.count), counts.map(DisplayWidth.of).max() ?? 0) + 1
        let skuWidth = min(24, max(DisplayWidth.of(headers.sku), tally.lines.map { DisplayWidth.of($0.productSku) }.max() ?? 0)) + 1
        let titleWidth = max(1, width - 2 - countWidth - skuWidth - 2)
        var header = RowWriter(at: 2)
        header.field(&screen, top, headers.count, countWidth, .dim)
        header.field(&screen, top, headers.sku, skuWidth, .dim)
        header.field(&screen, top, headers.title, titleWidth, .dim)
        let room = height - 1
        guard room > 0 else { return }
        let first = min(max(0, focus - room + 1), max(0, tally.lines.count - room))
        for (i, line) in tally.lines.enumerated().dropFirst(first).prefix(room) {
            let style: Style = line.isPacked ? .good : (line.packed > 0 ? .bold : .plain)
            var w = RowWriter(at: 2)
            w.field(&screen, top + 1 + i - first, counts[i], countWidth, style)
            w.field(&screen, top + 1 + i - first, line.productSku, skuWidth, style)
            w.field(&screen, top + 1 + i - first, line.title, titleWidth, style)
        }
    }

    /// "Leave pack mode?" over it, naming the ticks that would be forgotten, No chosen; the footer says how to answer.
    static func drawPackQuestion(_ screen: inout Screen, _ s: ConsoleState) {
        guard let pack = s.pack, let yes = pack.leaving, s.dialog == nil, s.size.rows >= 6, s.size.columns >= 20 else { return }
        let id = pack.tally?.amazonOrderId ?? ""
        var lines = TextFit.wrap(tr("pack.leave.question", pack.tally?.packed ?? 0, id), dialogInner(s)).map { DialogLine($0, .bold) }
        lines.append(.blank)
        lines.append(yesNoLine(yes: yes, focused: true))
        drawDialogBox(&screen, s, title: tr("pack.leave.title"), lines: lines, keep: lines.count - 1)
        guard !s.showHelp, s.quitQuestion == nil else { return }
        let footer = s.size.rows - 1
        screen.put(String(repeating: " ", count: s.size.columns), row: footer, column: 0)
        screen.put(tr("pack.footer.leaving"), row: footer, column: 0, style: .dim)
    }
}
