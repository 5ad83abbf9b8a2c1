import Foundation

extension Console {
    /// A sync ended: its message replaces the one that said it was running, so nothing stale stays on screen.
    /// Orders a notification brought speak up as a background sync's do: only when no other line is showing.
    static func notified(_ s: inout ConsoleState, _ news: String) {
        if s.flash == nil || s.flash?.aboutSync == true { s.flash = Flash(text: "Order notifications: \(news).", kind: .info, aboutSync: true) }
    }

    static func syncFinished(_ s: inout ConsoleState, _ report: SyncReport) {
        let asked = s.flash?.aboutSync ?? false
        if let error = report.error {
            // One line in the merchant's words; the whole story is one key away.
            s.flash = Flash(text: "Sync failed: \(error). e shows the details.", kind: .refused, aboutSync: true)
        } else if asked {
            s.flash = Flash(text: "Sync done: \(report.news).", kind: .saved, aboutSync: true)
        } else if s.flash == nil, report.news != "nothing new" {
            // A background sync speaks up only when it brought something.
            s.flash = Flash(text: "Synced: \(report.news).", kind: .info, aboutSync: true)
        }
    }

    /// `e`: what went wrong in the last sync, in full.
    static func showSyncProblem(_ s: inout ConsoleState) {
        let text = s.sync.lastReport?.errorDetail ?? s.sync.lastReport?.error ?? s.overview.sync?.lastError ?? ""
        s.dialog = .notice(Notice(title: "What went wrong in the last sync", text: text))
    }

    /// Why `e` has nothing to show.
    static func noSyncProblem(_ s: ConsoleState) -> String? {
        if s.sync.lastReport?.error != nil { return nil }
        if s.sync.lastReport == nil, let sync = s.overview.sync, sync.lastError != nil,
           let attempt = sync.lastAttemptAt, sync.lastSuccessAt.map({ attempt > $0 }) ?? true { return nil }
        return "the last sync went well"
    }

    /// Why `R` cannot start a sync now.
    static func noSyncNow(_ s: ConsoleState) -> String? {
        if !s.sync.enabled { return "there is no Amazon connection to sync with here" }
        if s.sync.running { return "a sync is already running" }
        return nil
    }
}
