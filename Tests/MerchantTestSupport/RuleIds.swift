import Foundation
import Testing

/// Rule ids (R13) belong in code and tests, never in what a merchant reads: every screen a test draws is checked.
func expectNoRuleIds(_ text: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let found = text.firstMatch(of: /\bR[0-9]+\b/) {
        let line = text.split(separator: "\n").first { $0.contains(found.output) } ?? ""
        Issue.record("a rule id in what the merchant reads: \(found.output) in \"\(line)\"", sourceLocation: sourceLocation)
    }
}
