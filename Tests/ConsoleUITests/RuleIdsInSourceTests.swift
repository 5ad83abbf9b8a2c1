import Foundation
import Testing

/// Every sentence a merchant can read is a string literal somewhere in Sources: the screens the tests draw are
/// checked as they are read (`expectNoRuleIds`), and this test reads every literal, so that a message no test
/// happens to show (a refusal, a warning, a command's output) cannot carry a rule id either.
@Suite("No rule ids in user text")
struct RuleIdsInSourceTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")

    @Test("no string literal in Sources holds a rule id (comments may)")
    func noRuleIdInAnyLiteral() throws {
        var found: [String] = []
        var files = 0
        let walker = FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil)!
        for case let url as URL in walker where url.pathExtension == "swift" {
            files += 1
            let text = try String(contentsOf: url, encoding: .utf8)
            for literal in StringLiterals.of(text) {
                // SQL's own comments inside a statement are not read by the merchant.
                let readable = literal.split(separator: "\n").map { $0.components(separatedBy: "--")[0] }.joined(separator: "\n")
                if let id = readable.firstMatch(of: /\bR[0-9]+\b/) {
                    found.append("\(url.lastPathComponent): \(id.output) in \"\(literal.prefix(120))\"")
                }
            }
        }
        #expect(files > 100)
        #expect(found.isEmpty, "rule ids in user text:\n\(found.joined(separator: "\n"))")
    }

    @Test("the literal reader finds strings and skips comments")
    func readerSeesLiteralsNotComments() {
        let code = #"""
        // R13 in a comment
        let a = "ship it (R13)" // R14
        let b = """
            many lines R2
            """
        /* R5 */ let c = "a \"quoted\" R7 and a URL https://x // R8"
        """#
        #expect(StringLiterals.of(code).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                == ["ship it (R13)", "many lines R2", #"a \"quoted\" R7 and a URL https://x // R8"#])
    }
}

/// The string literals of Swift source, read well enough for a scan: comments skipped, escapes kept as written.
enum StringLiterals {
    static func of(_ source: String) -> [String] {
        let s = Array(source.unicodeScalars)
        var literals: [String] = []
        var i = 0
        func at(_ k: Int, _ text: String) -> Bool {
            let t = Array(text.unicodeScalars)
            return k + t.count <= s.count && Array(s[k..<k + t.count]) == t
        }
        while i < s.count {
            if at(i, "//") {
                while i < s.count, s[i] != "\n" { i += 1 }
            } else if at(i, "/*") {
                i += 2
                while i < s.count, !at(i, "*/") { i += 1 }
                i += 2
            } else if at(i, "\"\"\"") {
                i += 3
                let start = i
                while i < s.count, !at(i, "\"\"\"") { i += s[i] == "\\" ? 2 : 1 }
                literals.append(String(String.UnicodeScalarView(s[start..<min(i, s.count)])))
                i += 3
            } else if s[i] == "\"" {
                i += 1
                let start = i
                while i < s.count, s[i] != "\"", s[i] != "\n" { i += s[i] == "\\" ? 2 : 1 }
                literals.append(String(String.UnicodeScalarView(s[start..<min(i, s.count)])))
                i += 1
            } else {
                i += 1
            }
        }
        return literals
    }
}
