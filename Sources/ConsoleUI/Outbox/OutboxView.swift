import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// What failed lately (refused by Amazon, or not sent) with why, then what Amazon has not confirmed yet
    /// (attempts, last error), then the activity log, newest first.
    static func drawOutbox(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        // Failures first, newest first: the merchant has to act on them. Messages queued in one transaction share
        // their time: kind and subject keep the order of the waiting ones stable.
        let failed = s.outbox.messages.filter { $0.state == .failed }
        let waiting = s.outbox.messages.filter { $0.state != .failed }
            .sorted { ($0.createdAt, $0.kind.rawValue, $0.subject) < ($1.createdAt, $1.kind.rawValue, $1.subject) }
        let messages = failed + waiting
        var title = tr("outbox.title", s.overview.outboxOpen)
        let refusals = s.outbox.refusals
        if refusals.byAmazon > 0 { title += " · " + tr("outbox.title.refused", refusals.byAmazon) }
        if refusals.byConsole > 0 { title += " · " + tr("outbox.title.not-sent", refusals.byConsole) }
        if refusals.byAmazon + refusals.byConsole > 0 { title += " " + tr("outbox.title.window", OutboxMessage.failuresShownDays) }
        screen.put(title, row: top, column: 0, style: .bold)
        var h = RowWriter()
        for (t, w) in [(tr("outbox.column.kind"), 15), (tr("outbox.column.subject"), 21), (tr("outbox.column.state"), 10),
                       (tr("outbox.column.tries"), 5), (tr("outbox.column.queued"), 7)] { h.field(&screen, top + 1, t, w, .dim) }
        h.field(&screen, top + 1, tr("outbox.column.error"), max(5, s.size.columns - h.x), .dim)
        // A failed message's reason is what the merchant acts on: it gets lines of its own under the row, whole
        // (up to two lines), where the last error of a waiting one is cut to its column.
        var lines: [(message: OutboxMessage, reason: String?)] = []
        for m in messages {
            lines.append((m, nil))
            guard m.state == .failed, let reason = m.lastErrorInMerchantsWords else { continue }
            lines += TextFit.wrap(reason, max(10, s.size.columns - 6)).prefix(2).map { (m, $0) }
        }
        let outboxRows = min(lines.count, max(1, height / 2 - 2))
        if messages.isEmpty { screen.put(tr("outbox.empty", OutboxMessage.failuresShownDays), row: top + 2, column: 2, style: .dim) }
        for (i, line) in lines.prefix(outboxRows).enumerated() {
            let row = top + 2 + i, m = line.message
            if let reason = line.reason {
                screen.put("  ↳ " + reason, row: row, column: 0, style: .refusal)
                continue
            }
            var w = RowWriter()
            w.field(&screen, row, OutboxWords.kind(m.kind), 15)
            w.field(&screen, row, m.subject, 21)
            w.field(&screen, row, OutboxWords.state(of: m), 10, m.state == .failed ? .late : .plain)
            w.field(&screen, row, String(m.attempts), 5)
            w.field(&screen, row, Format.span(s.now.timeIntervalSince(m.createdAt)), 7)
            if m.state != .failed { w.field(&screen, row, m.lastErrorInMerchantsWords ?? "", max(5, s.size.columns - w.x), .refusal) }
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
