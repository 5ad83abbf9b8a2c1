import Foundation
import MerchantCore

extension Console {
    /// A sync ended: its message replaces the one that said it was running, so nothing stale stays on screen.
    /// Orders a notification brought speak up as a background sync's do: only when no other line is showing.
    static func notified(_ s: inout ConsoleState, _ news: String) {
        if s.flash == nil || s.flash?.aboutSync == true { s.flash = Flash(text: tr("frame.notified", news), kind: .info, aboutSync: true) }
    }

    static func syncFinished(_ s: inout ConsoleState, _ report: SyncReport) {
        let asked = s.flash?.aboutSync ?? false
        if let error = report.error {
            // One line in the merchant's words; the whole story is one key away.
            s.flash = Flash(text: tr("frame.sync.failed", error), kind: .refused, aboutSync: true)
        } else if asked {
            s.flash = Flash(text: tr("frame.sync.done", report.news), kind: .saved, aboutSync: true)
        } else if s.flash == nil, !report.broughtNothing {
            // A background sync speaks up only when it brought something.
            s.flash = Flash(text: tr("frame.sync.background", report.news), kind: .info, aboutSync: true)
        }
    }

    /// `e`: what went wrong in the last sync, in full.
    static func showSyncProblem(_ s: inout ConsoleState) {
        let text = s.sync.lastReport?.errorDetail ?? s.sync.lastReport?.error ?? s.overview.sync?.lastError ?? ""
        s.dialog = .notice(Notice(title: tr("frame.sync.problem.title"), text: text))
    }

    /// Why `e` has nothing to show.
    static func noSyncProblem(_ s: ConsoleState) -> String? {
        if s.sync.lastReport?.error != nil { return nil }
        if s.sync.lastReport == nil, let sync = s.overview.sync, sync.lastError != nil,
           let attempt = sync.lastAttemptAt, sync.lastSuccessAt.map({ attempt > $0 }) ?? true { return nil }
        return tr("frame.sync.problem.none")
    }

    /// Why `R` cannot start a sync now.
    static func noSyncNow(_ s: ConsoleState) -> String? {
        if !s.sync.enabled { return tr("frame.sync.no.connection") }
        if s.sync.running { return tr("frame.sync.running") }
        return nil
    }
}
