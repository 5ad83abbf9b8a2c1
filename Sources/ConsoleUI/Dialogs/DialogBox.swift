import MerchantCore

/// One line inside a dialog: pieces of text, each with its style, written left to right.
struct DialogLine {
    var pieces: [(text: String, style: Style)]

    init(_ text: String = "", _ style: Style = .plain) { pieces = [(text, style)] }
    init(pieces: [(text: String, style: Style)]) { self.pieces = pieces }

    static let blank = DialogLine()
}

extension Console {
    /// The box every dialog is drawn in: centred, framed, titled; lines cut to its width.
    /// `keep` is a line that must stay visible when the lines do not all fit (the focused field).
    static func drawDialogBox(_ screen: inout Screen, _ s: ConsoleState, title: String, lines: [DialogLine], keep: Int = 0) {
        let width = dialogWidth(s)
        let height = min(s.size.rows - 2, lines.count + 2)
        guard width >= 10, height >= 3 else { return }
        let inner = height - 2
        let scroll = min(max(0, keep - inner + 1), max(0, lines.count - inner))
        let left = (s.size.columns - width) / 2
        let top = max(1, (s.size.rows - height) / 2)
        let frame = Style(bold: true)
        // A blank column each side, so the pane's text does not touch the frame.
        for row in top..<(top + height) {
            if left > 0 { screen.put(" ", row: row, column: left - 1) }
            if left + width < s.size.columns { screen.put(" ", row: row, column: left + width) }
        }
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: frame)
        screen.put(" " + title + " ", row: top, column: left + 2, style: frame, width: width - 4)
        for i in 0..<inner {
            let row = top + 1 + i
            screen.put("│" + String(repeating: " ", count: width - 2) + "│", row: row, column: left, style: frame)
            guard scroll + i < lines.count else { continue }
            var x = left + 2
            for piece in lines[scroll + i].pieces {
                let room = left + width - 2 - x
                guard room > 0 else { break }
                x += screen.put(piece.text, row: row, column: x, style: piece.style, width: room)
            }
        }
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: frame)
    }

    /// Dialogs are as wide as the window allows, up to 100 columns.
    static func dialogWidth(_ s: ConsoleState) -> Int { min(s.size.columns - 2, 100) }

    /// Columns for text inside the box.
    static func dialogInner(_ s: ConsoleState) -> Int { dialogWidth(s) - 4 }

    /// A field's label with the focus marker: "▸ Tracking   " or "  Tracking   ".
    static func label(_ text: String, focused: Bool) -> (String, Style) {
        ((focused ? "▸ " : "  ") + TextFit.pad(text, 11), focused ? .bold : .plain)
    }

    /// A text field's value; the focused one shows its cursor as a block (at the end: after the text).
    static func textPieces(_ input: TextInput, focused: Bool, width: Int) -> [(text: String, style: Style)] {
        guard focused else { return [(TextFit.tail(input.text, max(1, width - 1)), .plain)] }
        let characters = Array(input.text)
        let cursor = min(input.cursor, characters.count)
        let under = cursor < characters.count ? String(characters[cursor]) : " "
        let after = cursor < characters.count ? String(characters[(cursor + 1)...]) : ""
        // The text before the cursor keeps its end in view; what follows the cursor takes what room is left.
        let before = TextFit.tail(String(characters[..<cursor]), max(1, width - DisplayWidth.of(under)))
        let room = width - DisplayWidth.of(before) - DisplayWidth.of(under)
        var pieces: [(text: String, style: Style)] = [(before, Style(underline: true)), (under, .reverse)]
        if !after.isEmpty, room > 0 {
            pieces.append((DisplayWidth.of(after) <= room ? after : TextFit.prefix(after, room - 1) + "…", Style(underline: true)))
        }
        return pieces
    }

    /// A picker's value: "◂ UPS ▸" when focused.
    static func pickerPieces(_ value: String, focused: Bool) -> [(text: String, style: Style)] {
        focused ? [("◂ ", .bold), (value, .reverse), (" ▸", .bold)] : [("  " + value, .plain)]
    }

    /// A check's verdict below or beside a field: green when it passes, red with the reason when not.
    static func verdict(_ ok: String?, _ problem: String?, width: Int, indent: Int) -> [DialogLine] {
        if let ok { return [DialogLine(pieces: [(String(repeating: " ", count: indent), .plain), ("✓ " + ok, .good)])] }
        guard let problem else { return [] }
        return indented("✗ " + problem, .refusal, width: width, indent: indent)
    }

    /// Text under a field, wrapped and indented to line up with the field's value.
    static func indented(_ text: String, _ style: Style, width: Int, indent: Int) -> [DialogLine] {
        TextFit.wrap(text, width - indent).map { DialogLine(pieces: [(String(repeating: " ", count: indent), .plain), ($0, style)]) }
    }

    /// The answer to a dialog's question, No and Yes, with the chosen one in brackets (a Yes in red).
    static func yesNoLine(yes: Bool, focused: Bool) -> DialogLine {
        let noStyle: Style = yes ? .plain : Style(bold: true, reverse: focused)
        let yesStyle: Style = yes ? Style(bold: true, reverse: focused, color: .red) : .plain
        // The chosen answer in brackets, the other in spaces as wide, so that choosing never moves the line.
        let (no, yesWord) = (tr("dialog.no"), tr("dialog.yes"))
        return DialogLine(pieces: [(focused ? "▸ " : "  ", .bold), (yes ? "  \(no)  " : "[ \(no) ]", noStyle), ("   ", .plain),
                                   (yes ? "[ \(yesWord) ]" : "  \(yesWord)  ", yesStyle), ("   " + tr("dialog.answer.hint"), .dim)])
    }

    /// Why the last Enter did not go through, under a blank line at the foot of the dialog.
    static func problemLines(_ problem: String?, width: Int) -> [DialogLine] {
        guard let problem else { return [] }
        return [.blank] + TextFit.wrap(problem, width).map { DialogLine($0, .refusal) }
    }

    /// The dialog open, over the pane.
    static func drawDialog(_ screen: inout Screen, _ s: ConsoleState) {
        switch s.dialog {
        case .ship(let d): drawShipDialog(&screen, s, d)
        case .bulkShip(let d): drawBulkShipDialog(&screen, s, d)
        case .cancel(let d): drawCancelDialog(&screen, s, d)
        case .refund(let d): drawRefundDialog(&screen, s, d)
        case .shop(let d): drawShopDialog(&screen, s, d)
        case .blockedFix(let d): drawBlockedFixDialog(&screen, s, d)
        case .label(let d): drawLabelDialog(&screen, s, d)
        case .switchQuestion(let q): drawSwitchQuestion(&screen, s, q)
        case .notice(let n):
            var lines = TextFit.wrap(n.text, dialogInner(s)).map { DialogLine($0) }
            lines += [.blank, DialogLine(tr("dialog.notice.close"), .dim)]
            drawDialogBox(&screen, s, title: n.title, lines: lines)
        case nil: break
        }
    }
}
