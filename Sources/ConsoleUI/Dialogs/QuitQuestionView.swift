import MerchantCore

extension Console {
    /// "Quit merchant?" over everything, naming what would be lost, with No chosen.
    static func drawQuitQuestion(_ screen: inout Screen, _ s: ConsoleState, _ q: QuitQuestion) {
        let lost = Format.list(q.lost)
        var lines = TextFit.wrap(tr("dialog.quit.question", lost.prefix(1).uppercased() + lost.dropFirst()), dialogInner(s))
            .map { DialogLine($0, .bold) }
        lines.append(.blank)
        lines.append(yesNoLine(yes: q.yes, focused: true))
        drawDialogBox(&screen, s, title: tr("dialog.quit.title"), lines: lines, keep: lines.count - 1)
    }
}
