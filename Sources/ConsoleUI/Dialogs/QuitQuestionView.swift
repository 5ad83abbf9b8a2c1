extension Console {
    /// "Quit merchant?" over everything, naming what would be lost, with No chosen.
    static func drawQuitQuestion(_ screen: inout Screen, _ s: ConsoleState, _ q: QuitQuestion) {
        let lost = q.lost.joined(separator: " and ")
        var lines = TextFit.wrap("Quit merchant? \(lost.prefix(1).uppercased() + lost.dropFirst()) will be lost.", dialogInner(s))
            .map { DialogLine($0, .bold) }
        lines.append(.blank)
        lines.append(yesNoLine(yes: q.yes, focused: true))
        drawDialogBox(&screen, s, title: "Quit? · Esc keeps working", lines: lines, keep: lines.count - 1)
    }
}
