import ConsoleUI
import Foundation
import MerchantTestSupport
import Testing

/// What the console says of a sync: nothing stale after it ends, errors in one line, the detail one key away (R3).
@Suite("Sync messages")
struct SyncMessageTests {
    static let now = Date(timeIntervalSince1970: 1_780_000_000)

    static func console() -> ConsoleState {
        ConsoleState(size: Size(rows: 24, columns: 80), now: now, syncEnabled: true)
    }

    static func send(_ s: inout ConsoleState, _ messages: Message...) {
        for m in messages { s = Console.update(s, m).0 }
    }

    static func screen(_ s: ConsoleState) -> String {
        let text = Console.view(s).text
        expectNoRuleIds(text)
        return text
    }

    @Test("R3: 'Syncing with Amazon…' gives way to what the sync did once it ends")
    func syncingMessageIsReplacedByTheOutcome() {
        var s = Self.console()
        Self.send(&s, .tick(Self.now))  // the first sync starts by itself
        #expect(s.sync.running)
        Self.send(&s, .syncFinished(SyncReport(summary: "", error: nil, finishedAt: Self.now)))
        Self.send(&s, .key(.character("R")))
        #expect(Self.screen(s).contains("Syncing with Amazon…"))
        Self.send(&s, .syncFinished(SyncReport(summary: "3 new", error: nil, finishedAt: Self.now, news: "3 new orders, 2 shipments confirmed")))
        let after = Self.screen(s)
        #expect(!after.contains("Syncing with Amazon"))
        #expect(after.contains("Sync done: 3 new orders, 2 shipments confirmed."))
    }

    @Test("R3: 'not here, because a sync is already running' does not outlive the sync")
    func alreadyRunningIsReplaced() {
        var s = Self.console()
        Self.send(&s, .tick(Self.now), .key(.character("R")))
        #expect(Self.screen(s).contains("R: not here, because a sync is already running"))
        Self.send(&s, .syncFinished(SyncReport(summary: "", error: nil, finishedAt: Self.now, news: "nothing new")))
        let after = Self.screen(s)
        #expect(!after.contains("already running"))
        #expect(after.contains("Sync done: nothing new."))
    }

    @Test("a background sync that brought nothing says nothing; one that brought orders says so")
    func backgroundSyncSpeaksOnlyWithNews() {
        var s = Self.console()
        Self.send(&s, .tick(Self.now), .syncFinished(SyncReport(summary: "", error: nil, finishedAt: Self.now, news: "nothing new")))
        #expect(s.flash == nil)
        Self.send(&s, .tick(Self.now.addingTimeInterval(120)))
        Self.send(&s, .syncFinished(SyncReport(summary: "", error: nil, finishedAt: Self.now, news: "1 new order")))
        #expect(s.flash?.text == "Synced: 1 new order.")
    }

    @Test("R3: while the sync waits for Amazon's rate limit, the status line says for what and how long; the wait goes when the sync ends")
    func rateLimitWaitOnTheStatusLine() {
        var s = Self.console()
        let wait = "Amazon allows the next orders request in 2:58 (searchOrders: 1 per 3 min)"
        Self.send(&s, .tick(Self.now), .amazonWaiting(wait))
        let status = Self.screen(s).split(separator: "\n", omittingEmptySubsequences: false)[21]
        #expect(status.hasPrefix(" Amazon allows the next orders request in 2:58"))
        #expect(!status.contains("syncing…"))
        Self.send(&s, .amazonWaiting(wait.replacingOccurrences(of: "2:58", with: "2:57")))
        #expect(Self.screen(s).contains("Amazon allows the next orders request in 2:57"))
        Self.send(&s, .syncFinished(SyncReport(summary: "", error: nil, finishedAt: Self.now)))
        #expect(s.sync.waiting == nil)
        #expect(!Self.screen(s).contains("Amazon allows"))
    }

    @Test("a failed sync is one line in a merchant's words; the status line stays; e shows the whole detail")
    func failureIsOneLineWithDetailOneKeyAway() {
        var s = Self.console()
        let detail = "Amazon's answer to searchOrders could not be read (The given data was not valid JSON.; "
            + "Unexpected character 'x' around line 1, column 1.). Try again later; if it persists, report it."
        Self.send(&s, .tick(Self.now), .syncFinished(SyncReport(
            summary: "", error: "reading from Amazon: Amazon's answer could not be read; the next sync tries again",
            finishedAt: Self.now, errorDetail: detail)))
        let screen = Self.screen(s)
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(!screen.contains("given data"))
        #expect(lines[22].hasPrefix("Sync failed: reading from Amazon: Amazon's answer could not be read"))
        #expect(lines[22].hasSuffix("…"), "a message wider than the window is cut, with …")
        #expect(lines[21].contains("outbox:"), "the status line keeps its place")
        Self.send(&s, .key(.character("e")))
        let shown = Self.screen(s).replacingOccurrences(of: "\n", with: " ")
        #expect(shown.contains("What went wrong in the last sync"))
        #expect(shown.contains("The given data was not"))
    }

    @Test("e after a good sync says there is nothing to show")
    func eWithoutAProblem() {
        var s = Self.console()
        Self.send(&s, .tick(Self.now), .syncFinished(SyncReport(summary: "", error: nil, finishedAt: Self.now)))
        Self.send(&s, .key(.character("e")))
        #expect(s.dialog == nil)
        #expect(s.flash?.text == "e: not here, because the last sync went well")
    }
}
