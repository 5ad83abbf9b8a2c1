import MerchantCore

extension Console {
    /// Every key, from the same rows the handlers use: those of this pane first, then the rest.
    static func drawHelp(_ screen: inout Screen, _ s: ConsoleState) {
        var lines: [(String, Style)] = []
        let width = min(s.size.columns - 4, 78)
        // A description too long for the box goes on under itself, never cut off at the frame.
        let keyColumn = 17
        func add(_ key: String, _ text: String, _ style: Style) {
            let wrapped = TextFit.wrap(text, max(10, width - 4 - keyColumn))
            for (i, line) in wrapped.enumerated() {
                lines.append(("  " + TextFit.pad(i == 0 ? key : "", keyColumn - 3) + " " + line, style))
            }
        }
        let scopes = [s.scope] + Scope.allCases.filter { $0 != s.scope }
        for scope in scopes {
            let bindings = KeyBindings.rows(of: scope)
            guard !bindings.isEmpty else { continue }
            lines.append((scope == s.scope ? tr("frame.help.here", scope.title) : scope.title, .bold))
            for b in bindings {
                var text = b.help
                var style = Style.plain
                if scope == s.scope || scope == .everywhere, let reason = b.whyNot(s) {
                    text += " " + tr("frame.help.not.now", reason)
                    style = .dim
                }
                add(b.keyLabel, text, style)
            }
        }
        lines.append((tr("frame.help.legend"), .bold))
        for (sign, meaning) in Self.legend { add(sign, meaning, .plain) }
        let height = min(s.size.rows - 2, lines.count + 2)
        let scrollable = lines.count > height - 2
        let scroll = min(s.helpScroll, max(0, lines.count - (height - 2)))
        lines = Array(lines.dropFirst(scroll))
        let left = (s.size.columns - width) / 2
        let top = max(0, (s.size.rows - height) / 2)
        let frame = Style(bold: true)
        screen.put("┌" + String(repeating: "─", count: width - 2) + "┐", row: top, column: left, style: frame)
        screen.put(" " + (scrollable ? tr("frame.help.title.scroll") : tr("frame.help.title")) + " ",
                   row: top, column: left + 2, style: frame)
        for i in 1..<(height - 1) {
            screen.put("│" + String(repeating: " ", count: width - 2) + "│", row: top + i, column: left, style: frame)
            if i - 1 < lines.count {
                screen.put(lines[i - 1].0, row: top + i, column: left + 2, style: lines[i - 1].1, width: width - 4)
            }
        }
        screen.put("└" + String(repeating: "─", count: width - 2) + "┘", row: top + height - 1, column: left, style: frame)
    }
}
