import Foundation
import MerchantTestSupport
import Testing

/// The same checks where the helpers run something: the built binary, and tmux.
@Suite("Rule ids are caught in a command's output and on a terminal", .serialized, .ownThread)
struct BlockingRuleIdCheckTests {
    @Test("MerchantBinary.run fails the test when a command prints a rule id")
    func commandOutput() throws {
        let m = MerchantBinary()
        defer { try? FileManager.default.removeItem(at: m.home) }
        var result: MerchantBinary.Result?
        let issues = recordedIssues { result = try m.run("catalog", "set", "R13", "--stock", "1") }
        // The command repeats the SKU it was given: here a rule id's look-alike, as a merchant could type one.
        #expect(result?.stderr.contains("R13") == true, "\(String(describing: result))")
        #expect(issues.contains { $0.contains("a rule id in the output of merchant catalog set R13 --stock 1: R13") }, "\(issues)")
    }

    @Test("TmuxSession.capture fails the test when the terminal shows a rule id", .enabled(if: TmuxSession.available, "tmux is not installed"))
    func terminalScreen() throws {
        let tmux = try TmuxSession(command: "printf 'Versandt (R13)\\n'; sleep 60", columns: 40, rows: 5)
        let issues = recordedIssues { _ = try tmux.waitFor("Versandt") }
        #expect(issues.contains { $0.contains("a rule id in the terminal: R13") }, "\(issues)")
    }
}
