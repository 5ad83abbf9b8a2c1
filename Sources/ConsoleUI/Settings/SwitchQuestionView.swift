import MerchantCore

extension Console {
    /// The switch's question: what changes, named, in a merchant's words; No chosen.
    static func drawSwitchQuestion(_ screen: inout Screen, _ s: ConsoleState, _ q: SwitchQuestion) {
        let inner = dialogInner(s)
        let (title, question, what) = switchWords(q)
        var lines = TextFit.wrap(question, inner).map { DialogLine($0, .bold) }
        lines += TextFit.wrap(what, inner).map { DialogLine($0) }
        lines.append(.blank)
        lines.append(yesNoLine(yes: q.yes, focused: true))
        let answer = lines.count - 1
        lines += problemLines(q.problem, width: inner)
        drawDialogBox(&screen, s, title: title, lines: lines, keep: answer)
    }

    /// The title, the question and what follows from Yes.
    static func switchWords(_ q: SwitchQuestion) -> (String, String, String) {
        switch q.change {
        case .setFBA(let sku, let on):
            let product = q.title.map { "\(sku) (\($0))" } ?? sku
            return on
                ? (tr("settings.ask.fba.title"), tr("settings.ask.fba.on", product), tr("settings.ask.fba.on.what", sku))
                : (tr("settings.ask.fba.title"), tr("settings.ask.fba.off", product), tr("settings.ask.fba.off.what", sku))
        case .save:
            return (tr("settings.ask.import.title"), tr("settings.ask.import.off"), tr("settings.ask.import.off.what"))
        }
    }
}
