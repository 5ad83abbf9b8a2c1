import Foundation
import MerchantCore

/// The question before something Amazon cannot undo (cancel, refund): asked on a terminal, never defaulting to yes.
enum Confirmation {
    /// True once the merchant answers yes (y or yes; in German j or ja too: `YesAnswer`); otherwise says `declined` and returns false. Without a terminal
    /// (a script) nothing is asked: `withoutTerminal` is thrown, and the script says --yes.
    static func ask(_ question: String, withoutTerminal: any Error, declined: String) throws -> Bool {
        guard isatty(STDIN_FILENO) == 1 else { throw withoutTerminal }
        print("\(question) [\(tr("commands.confirm.choices"))] ", terminator: "")
        guard let answer = readLine(), YesAnswer.isYes(answer.trimmingCharacters(in: .whitespaces)) else {
            print(declined)
            return false
        }
        return true
    }
}
