import Foundation
import Testing

/// Rule ids (R13) belong in code and tests, never in what a merchant reads: every command's output and every
/// terminal screen these tests read is checked.
func expectNoRuleIds(_ text: String, in what: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let found = text.firstMatch(of: /\bR[0-9]+\b/) {
        let line = text.split(separator: "\n").first { $0.contains(found.output) } ?? ""
        Issue.record("a rule id in \(what): \(found.output) in \"\(line)\"", sourceLocation: sourceLocation)
    }
}
