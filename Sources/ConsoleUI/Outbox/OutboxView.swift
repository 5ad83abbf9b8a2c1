import Foundation
import MerchantStore

extension Console {
    /// What Amazon has not confirmed yet (attempts, last error), then the activity log, newest first.
    static func drawOutbox(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        // Messages queued in one transaction share their time: kind and subject keep the order stable.
        let messages = s.outbox.messages.sorted { ($0.createdAt, $0.kind.rawValue, $0.subject) < ($1.createdAt, $1.kind.rawValue, $1.subject) }
        var title = "Waiting for Amazon · \(Format.plural(s.overview.outboxOpen, "message"))"
        if s.overview.outboxFailed > 0 { title += " · \(s.overview.outboxFailed) refused by Amazon" }
        screen.put(title, row: top, column: 0, style: .bold)
        var h = RowWriter()
        for (t, w) in [("KIND", 15), ("SUBJECT", 21), ("STATE", 10), ("TRIES", 5), ("QUEUED", 7)] { h.field(&screen, top + 1, t, w, .dim) }
        h.field(&screen, top + 1, "LAST ERROR", max(5, s.size.columns - h.x), .dim)
        let outboxRows = min(messages.count, max(1, height / 2 - 2))
        if messages.isEmpty { screen.put("Nothing waiting: Amazon has confirmed everything.", row: top + 2, column: 2, style: .dim) }
        for (i, m) in messages.prefix(outboxRows).enumerated() {
            let row = top + 2 + i
            var w = RowWriter()
            w.field(&screen, row, m.kind.rawValue, 15)
            w.field(&screen, row, m.subject, 21)
            w.field(&screen, row, m.state.rawValue, 10, m.state.rawValue == "failed" ? .late : .plain)
            w.field(&screen, row, String(m.attempts), 5)
            w.field(&screen, row, Format.span(s.now.timeIntervalSince(m.createdAt)), 7)
            w.field(&screen, row, m.lastError ?? "", max(5, s.size.columns - w.x), .refusal)
        }
        let activityTop = top + 2 + max(1, outboxRows) + 1
        let whose = s.outbox.showSync ? "everything, the sync's housekeeping too · a: yours only" : "what you did, newest first · a: the sync's too"
        screen.put("Activity · \(whose) (j/k scroll)", row: activityTop, column: 0, style: .bold)
        if s.outbox.activity.isEmpty {
            screen.put(s.outbox.showSync ? "Nothing done yet." : "Nothing done by you yet: a shows the sync's lines.",
                       row: activityTop + 1, column: 2, style: .dim)
        }
        let rows = max(0, top + height - activityTop - 1)
        for (i, entry) in s.outbox.activity.dropFirst(s.outbox.scroll).prefix(rows).enumerated() {
            let row = activityTop + 1 + i
            var w = RowWriter()
            w.field(&screen, row, Format.date(entry.at), 16, .dim)
            w.field(&screen, row, entry.actor, 8)
            w.field(&screen, row, entry.kind, 9, .dim)
            w.field(&screen, row, entry.message, max(5, s.size.columns - w.x))
        }
    }
}
