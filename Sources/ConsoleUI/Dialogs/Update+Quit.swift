import MerchantCore

/// The question q and Ctrl-C ask when quitting would lose work: No until the merchant moves to Yes.
public struct QuitQuestion: Sendable, Equatable {
    /// What quitting loses, in a merchant's words ("the 3 marked orders").
    public var lost: [String]
    public var yes = false
}

extension Console {
    /// q or Ctrl-C: quits at once when nothing would be lost; otherwise asks, with No chosen.
    static func askOrQuit(_ s: inout ConsoleState) {
        let lost = whatQuitLoses(s)
        if lost.isEmpty {
            s.quit = true
        } else {
            s.quitQuestion = QuitQuestion(lost: lost)
        }
    }

    /// The work a quit would throw away: marks, and a dialog typed into.
    static func whatQuitLoses(_ s: ConsoleState) -> [String] {
        var lost: [String] = []
        if !s.orders.marked.isEmpty {
            // One marked order is "the marked order", with no number to count: a sentence of its own.
            let n = s.orders.marked.count
            lost.append(n == 1 ? tr("dialog.quit.marked.one") : tr("dialog.quit.marked", n))
        }
        if s.dialogEdited, let dialog = s.dialog, dialog.isForm { lost.append(tr("dialog.quit.typed")) }
        lost += packQuitLoses(s)
        return lost
    }

    /// Every key while the question is open: ←/→ (or y/n) choose, Enter answers, Esc keeps working, Ctrl-C again quits.
    static func quitQuestionKey(_ s: inout ConsoleState, _ key: Key) {
        switch key {
        case .left, .right, .tab, .backTab, .up, .down:
            s.quitQuestion?.yes.toggle()
        case .enter:
            if s.quitQuestion?.yes == true { s.quit = true }
            s.quitQuestion = nil
        case .escape:
            s.quitQuestion = nil
        case .control("c"):
            s.quit = true
            s.quitQuestion = nil
        default:
            if let answer = YesNo.answer(key) { s.quitQuestion?.yes = answer }
        }
    }
}

extension Dialog {
    /// A dialog the merchant fills in (a notice only says something; a switch's question loses nothing).
    var isForm: Bool {
        switch self {
        case .notice, .switchQuestion: false
        default: true
        }
    }
}
