import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The Outbox pane's activity: what people did first; the sync's housekeeping (nearly all of the log) behind `a`.
@Suite("Outbox activity")
struct OutboxActivityTests {
    @Test("R28: the merchant's own change is listed, the sync's import lines are not until a shows them")
    func merchantFirstSyncBehindAFilter() throws {
        let f = try ConsoleFixture()
        // The fixture's orders came through the sync: its import lines fill the log.
        #expect(try f.store.activity(limit: 100).contains { $0.actor == "sync" })
        _ = try f.store.setSetting(.syncInterval, to: "5m", actor: "cli", at: ConsoleFixture.now)
        f.program.send(.dataChanged)
        f.press(.character("5"))
        let mine = f.text
        #expect(mine.contains("what you did, newest first · a: the sync's too"))
        #expect(mine.contains("Sync interval: 1m → 5m"))
        #expect(!mine.contains("imported as local order") && !mine.contains(" import "), "no housekeeping line by default")
        f.press(.character("a"))
        let all = f.text
        #expect(all.contains("the sync's housekeeping too"))
        #expect(all.contains("sync"))
        #expect(all.contains("Sync interval: 1m → 5m"))
        f.press(.character("a"))
        #expect(f.text.contains("what you did, newest first"))
    }

    @Test("the store reads the merchant's lines newest first through their own index, never the sync's")
    func storeSkipsSyncLines() throws {
        let f = try ConsoleFixture()
        _ = try f.store.setSetting(.syncInterval, to: "5m", actor: "console", at: ConsoleFixture.now)
        _ = try f.store.setSetting(.syncInterval, to: "2m", actor: "cli", at: ConsoleFixture.now)
        let mine = try f.store.activity(limit: 10, includeSync: false)
        #expect(mine.allSatisfy { $0.actor != "sync" })
        #expect(mine.prefix(2).map(\.message) == ["Sync interval: 5m → 2m", "Sync interval: 1m → 5m"])
        #expect(try f.store.activity(limit: 1000).count > mine.count)
    }
}
