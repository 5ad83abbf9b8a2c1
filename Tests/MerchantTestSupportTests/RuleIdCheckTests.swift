import ConsoleUI
import Foundation
import MerchantTestSupport
import Testing

/// The helpers check what a merchant reads for rule ids (R13 belongs in code and tests only): a screen read through
/// the console fixture, a golden screen compared, a command's output, a terminal's screen. Each check still fires
/// from its new home in MerchantTestSupport.
@Suite("Rule ids are caught where the helpers read text")
struct RuleIdCheckTests {
    @Test("expectNoRuleIds fails on a rule id and names where it was read; words that only look alike pass")
    func plainText() {
        let issues = recordedIssues { expectNoRuleIds("Shipped 1 unit (R13)", in: "a flash") }
        #expect(issues.contains { $0.contains("a rule id in a flash: R13 in \"Shipped 1 unit (R13)\"") }, "\(issues)")
        #expect(recordedIssues { expectNoRuleIds("Route 66, R2D2, PR13 and R.13 are no rule ids") } == [])
    }

    @Test("ConsoleFixture.text fails the test that reads a screen showing a rule id")
    func consoleFixtureScreen() throws {
        let orders = ConsoleFixture.mixedOrders + [ConsoleFixture.order("302-0000099-0000099", .unshipped, buyer: "R13 Kunde", hour: 71)]
        let f = try ConsoleFixture(orders: orders)
        let issues = recordedIssues { _ = f.text }
        #expect(issues.contains { $0.contains("a rule id in what the merchant reads: R13") }, "\(issues)")
    }

    @Test("expectSnapshot checks for rule ids, and finds Snapshots/ in the calling test's target folder")
    func snapshots() throws {
        let issues = recordedIssues { expectSnapshot("Versandt (R13)", "no-such-screen") }
        #expect(issues.contains { $0.contains("a rule id in what the merchant reads: R13") }, "\(issues)")

        let consoleTests = PackageFolder.tests.appendingPathComponent("ConsoleUITests")
        let inAPaneFolder = consoleTests.appendingPathComponent("Orders/OrdersPaneTests.swift").path
        #expect(snapshotFolder(of: inAPaneFolder).path == consoleTests.appendingPathComponent("Snapshots").path)
        // A golden screen as it is, compared from a test in that target, passes.
        let golden = try String(contentsOf: consoleTests.appendingPathComponent("Snapshots/help-80x24.txt"), encoding: .utf8)
        let caller = SourceLocation(fileID: "ConsoleUITests/HelpTests.swift", filePath: consoleTests.appendingPathComponent("HelpTests.swift").path,
                                    line: 1, column: 1)
        #expect(recordedIssues { expectSnapshot(String(golden.dropLast()), "help-80x24", sourceLocation: caller) } == [])
    }
}
