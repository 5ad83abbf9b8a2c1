import Foundation
import Testing

/// Rule ids (R13) belong in code and tests, never in what a merchant reads: every screen a test draws, every
/// command's output and every terminal screen the tests read is checked (`ConsoleFixture.text`, `expectSnapshot`,
/// `MerchantBinary.run`, `TmuxSession.capture`). `what` names where the text was read.
public func expectNoRuleIds(_ text: String, in what: String = "what the merchant reads", sourceLocation: SourceLocation = #_sourceLocation) {
    if let found = text.firstMatch(of: /\bR[0-9]+\b/) {
        let line = text.split(separator: "\n").first { $0.contains(found.output) } ?? ""
        Issue.record("a rule id in \(what): \(found.output) in \"\(line)\"", sourceLocation: sourceLocation)
    }
}
