import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// What Amazon has not confirmed yet (attempts, last error), then the activity log, newest first.
    static func drawOutbox(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        // Messages queued in one transaction share their time: kind and subject keep the order stable.
        let messages = s.outbox.messages.sorted { ($0.createdAt, $0.kind.rawValue, $0.subject) < ($1.createdAt, $1.kind.rawValue, $1.subject) }
        var title = tr("outbox.title", s.overview.outboxOpen)
        if s.overview.outboxFailed > 0 { title += " · " + tr("outbox.title.refused", s.overview.outboxFailed) }
        screen.put(title, row: top, column: 0, style: .bold)
        var h = RowWriter()
        for (t, w) in [(tr("outbox.column.kind"), 15), (tr("outbox.column.subject"), 21), (tr("outbox.column.state"), 10),
                       (tr("outbox.column.tries"), 5), (tr("outbox.column.queued"), 7)] { h.field(&screen, top + 1, t, w, .dim) }
        h.field(&screen, top + 1, tr("outbox.column.error"), max(5, s.size.columns - h.x), .dim)
        let outboxRows = min(messages.count, max(1, height / 2 - 2))
        if messages.isEmpty { screen.put(tr("outbox.empty"), row: top + 2, column: 2, style: .dim) }
        for (i, m) in messages.prefix(outboxRows).enumerated() {
            let row = top + 2 + i
            var w = RowWriter()
            w.field(&screen, row, OutboxWords.kind(m.kind), 15)
            w.field(&screen, row, m.subject, 21)
            w.field(&screen, row, OutboxWords.state(m.state), 10, m.state == .failed ? .late : .plain)
            w.field(&screen, row, String(m.attempts), 5)
            w.field(&screen, row, Format.span(s.now.timeIntervalSince(m.createdAt)), 7)
            w.field(&screen, row, m.lastErrorInMerchantsWords ?? "", max(5, s.size.columns - w.x), .refusal)
        }
        let activityTop = top + 2 + max(1, outboxRows) + 1
        let heading = s.outbox.showSync ? tr("outbox.activity.all") : tr("outbox.activity.yours")
        screen.put(heading, row: activityTop, column: 0, style: .bold)
        if s.outbox.activity.isEmpty {
            screen.put(s.outbox.showSync ? tr("outbox.activity.none") : tr("outbox.activity.none.yours"),
                       row: activityTop + 1, column: 2, style: .dim)
        }
        let rows = max(0, top + height - activityTop - 1)
        for (i, entry) in s.outbox.activity.dropFirst(s.outbox.scroll).prefix(rows).enumerated() {
            let row = activityTop + 1 + i
            var w = RowWriter()
            w.field(&screen, row, Format.date(entry.at), 16, .dim)
            w.field(&screen, row, entry.actor, 8)
            w.field(&screen, row, OutboxWords.activity(entry.kind), 9, .dim)
            w.field(&screen, row, entry.inMerchantsWords, max(5, s.size.columns - w.x))
        }
    }
}
