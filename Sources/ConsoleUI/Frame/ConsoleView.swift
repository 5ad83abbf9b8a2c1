import ChannelSync
import Foundation
import MerchantCore

extension Console {
    /// Draws the whole console for its size: tab bar, banner, the pane, status line, message line, footer.
    public static func view(_ s: ConsoleState) -> Screen {
        var screen = Screen(rows: s.size.rows, columns: s.size.columns)
        guard s.size.rows >= 6, s.size.columns >= 20 else {
            screen.put(tr("frame.too.small"), row: 0, column: 0)
            return screen
        }
        drawTabs(&screen, s)
        if s.overview.blocked > 0 || !s.overview.shortReservations.isEmpty {
            // R5: over every pane, so no blocked order goes unseen; nor a reservation that would be blocked once paid.
            var full: [String] = [], short: [String] = []
            let n = s.overview.blocked
            if n > 0 {
                full.append(tr("frame.banner.blocked", n, OrderFilters.words(.blocked)))
                short.append(tr("frame.banner.blocked.short", n))
            }
            let r = s.overview.shortReservations.count
            if r > 0 {
                full.append(tr("frame.banner.short", r))
                short.append(tr("frame.banner.short.short", r))
            }
            let line = " ! " + full.joined(separator: " · ")
            screen.put(DisplayWidth.of(line) <= s.size.columns ? line : " ! " + short.joined(separator: " · "), row: 1, column: 0, style: .warning)
        }
        let top = Layout.bodyTop(s)
        let height = Layout.bodyHeight(s)
        if s.pack != nil {
            drawPack(&screen, s, top: top, height: height)
        } else if s.detail != nil {
            drawDetail(&screen, s, top: top, height: height)
        } else {
            s.pane.room.draw(&screen, s, top, height)
        }
        drawStatus(&screen, s, row: s.size.rows - 3)
        drawMessage(&screen, s, row: s.size.rows - 2)
        drawFooter(&screen, s, row: s.size.rows - 1)
        drawDialog(&screen, s)
        drawPackQuestion(&screen, s)
        if s.showHelp { drawHelp(&screen, s) }
        if let question = s.quitQuestion { drawQuitQuestion(&screen, s, question) }
        return screen
    }

    static func drawTabs(_ screen: inout Screen, _ s: ConsoleState) {
        // A narrow window drops the name first, then the titles of the panes not shown, the last tab's first, until
        // the tabs fit (their digits stay): seven German titles need 91 columns, and at 80 the first five keep theirs.
        let brand = " merchant "
        var labels = Pane.allCases.map { " \($0.rawValue) \($0.tabTitle) " }
        let showBrand = DisplayWidth.of(brand) + 1 + labels.map(DisplayWidth.of).reduce(0, +) <= s.size.columns
        for (i, pane) in Pane.allCases.enumerated().reversed() where pane != s.pane {
            if labels.map(DisplayWidth.of).reduce(0, +) <= s.size.columns { break }
            labels[i] = " \(pane.rawValue) "
        }
        var x = showBrand ? screen.put(brand, row: 0, column: 0, style: Style(bold: true, reverse: true)) + 1 : 0
        for (pane, label) in zip(Pane.allCases, labels) {
            let width = screen.put(label, row: 0, column: x, style: pane == s.pane ? Style(bold: true, reverse: true) : .plain)
            screen.clickable(.pane(pane), row: 0, columns: x..<(x + width))
            x += width
        }
        if let settings = s.overview.settings {
            let account = "\(settings.sellerId) · \(settings.marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", "))"
            let width = DisplayWidth.of(InertText.make(account))
            if x + 2 + width <= s.size.columns {
                screen.put(account, row: 0, column: s.size.columns - width, style: .dim)
            }
        }
    }

    /// Sync state, when the last sync ran and what it did, when the next is due, and the outbox (R3).
    static func drawStatus(_ screen: inout Screen, _ s: ConsoleState, row: Int) {
        var parts: [String] = []
        if s.sync.running, let waiting = s.sync.waiting {
            parts.append(waiting)
        } else if s.sync.running {
            parts.append(tr("frame.status.syncing"))
        } else if let sync = s.overview.sync, let error = sync.lastError, sync.lastAttemptAt != nil,
                  sync.lastSuccessAt == nil || sync.lastAttemptAt! > sync.lastSuccessAt! {
            parts.append(tr("frame.status.failed", error))
        } else if let last = s.overview.sync?.lastSuccessAt {
            parts.append(tr("frame.status.synced", Format.ago(last, s.now)))
        } else {
            parts.append(tr("frame.status.never"))
        }
        if !s.sync.running, let due = s.sync.nextDue { parts.append(tr("frame.status.next", Format.until(due, s.now))) }
        parts.append(s.overview.outboxFailed > 0
            ? tr("frame.status.outbox.refused", s.overview.outboxOpen, s.overview.outboxFailed)
            : tr("frame.status.outbox", s.overview.outboxOpen))
        if s.overview.settings?.importOrders == false { parts.append(tr("frame.status.import.off")) }
        if let notifications = notificationsStatus(s) { parts.append(notifications) }
        screen.put(" " + parts.joined(separator: " · "), row: row, column: 0)
        screen.paint(row: row, style: Style(reverse: true))
    }

    /// Order notifications, when connected: why they cannot be read (the sweep alone brings orders), that none came
    /// yet, or since when they come (the first real one: no test notification exists outside a sandbox).
    static func notificationsStatus(_ s: ConsoleState) -> String? {
        guard let n = s.overview.notifications else { return nil }
        if let problem = n.problem {
            return NotificationHealth.fallbackText(problem: problem, syncIntervalSeconds: s.overview.settings?.syncIntervalSeconds ?? 300)
        }
        guard let first = n.firstArrivedAt else { return tr("frame.status.notifications.none") }
        // Today's first notification by its time alone: the moment's last five columns are "HH:MM" in every language.
        let day = Format.date(first)
        return tr("frame.status.notifications.since", day.prefix(10) == Format.date(s.now).prefix(10) ? String(day.suffix(5)) : day)
    }

    static func drawMessage(_ screen: inout Screen, _ s: ConsoleState, row: Int) {
        if let input = s.searchInput {
            let x = screen.put(tr("frame.search.prompt", input), row: row, column: 0, style: .bold)
            screen.put(" ", row: row, column: x, style: .reverse)
            screen.put("  " + tr("frame.search.keys"), row: row, column: x + 1, style: .dim)
            return
        }
        guard let flash = s.flash else { return }
        let style: Style = switch flash.kind {
        case .info: .plain
        case .saved: .good
        case .warning: .warning
        case .refused: .refusal
        }
        // A message wider than the window is shown whole: its first lines cover the status line and the
        // pane's last lines until the next key, rather than being cut where the warning is.
        // A sync's message is one line (cut with "…"; `e` shows a failure whole): it comes unasked, so it must
        // not cover the status line that tells how the sync went.
        var lines = flash.aboutSync ? [TextFit.pad(flash.text, s.size.columns)] : TextFit.wrap(flash.text, s.size.columns)
        if lines.count > maxFlashLines {
            // The rest on the last line, cut with "…".
            let rest = lines[(maxFlashLines - 1)...].joined(separator: " ")
            lines = Array(lines.prefix(maxFlashLines - 1)) + [TextFit.pad(rest, s.size.columns)]
        }
        for (i, line) in lines.enumerated() {
            let y = row - (lines.count - 1) + i
            screen.put(String(repeating: " ", count: s.size.columns), row: y, column: 0)
            screen.put(line, row: y, column: 0, style: style)
        }
    }

    /// The most lines a message takes: the message line, the status line and one of the pane's.
    static let maxFlashLines = 3

    /// The keys that work here, the pane's own first; what does not fit is left to `?`.
    static func drawFooter(_ screen: inout Screen, _ s: ConsoleState, row: Int) {
        if s.showHelp {
            screen.put(tr("frame.footer.help"), row: row, column: 0, style: .dim)
            return
        }
        if s.quitQuestion != nil {
            screen.put(tr("frame.footer.quit"), row: row, column: 0, style: .dim)
            return
        }
        if case .notice = s.dialog {
            screen.put(tr("frame.footer.notice"), row: row, column: 0, style: .dim)
            return
        }
        // `? help` always has its place at the end: it shows what the footer has no room for.
        let bindings = KeyBindings.active(in: s.scope)
        let pinned = bindings.filter(\.pinned)
        // The pinned hints' room at the end, measured in the language of the moment ("? help", "? Hilfe").
        let pinnedWidth = pinned.compactMap { b in b.hint.map { DisplayWidth.of(b.hintKey ?? b.keys[0].label) + 1 + DisplayWidth.of($0) + 2 } }
        let room = s.size.columns - pinnedWidth.reduce(0, +)
        var x = 0
        for binding in bindings.filter({ !$0.pinned }) + pinned {
            guard let hint = binding.hint else { continue }
            let limit = binding.pinned ? s.size.columns : room
            let key = binding.hintKey ?? binding.keys[0].label
            let width = DisplayWidth.of(key) + 1 + DisplayWidth.of(hint)
            // A hint that does not fit leaves room for shorter ones after it; `?` shows them all.
            if x + width > limit { continue }
            let dim = binding.whyNot(s) != nil
            screen.put(key, row: row, column: x, style: dim ? .dim : .bold)
            screen.put(hint, row: row, column: x + DisplayWidth.of(key) + 1, style: .dim)
            x += width + 2
        }
    }
}
