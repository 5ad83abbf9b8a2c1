import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// The channel, its switches and interval, and per product the FBA switch (R28).
    static func drawSettings(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let settings = s.overview.settings else {
            screen.put(tr("settings.reading"), row: top, column: 0, style: .dim)
            return
        }
        // Lines with the index of the selectable row they show, so the selection can be scrolled to.
        var lines: [(text: String, style: Style, selectable: Int?)] = []
        func add(_ text: String, _ style: Style = .plain, _ selectable: Int? = nil) { lines.append((text, style, selectable)) }
        // "  Seller account    A2DEMOSELLER01": the values start at one column, as wide as the longest label needs.
        let labelWidth = max(17, ([tr("settings.seller"), tr("settings.marketplaces"), tr("settings.connected"), tr("settings.last-sync"),
                                   tr("settings.last-attempt"), tr("settings.next-sync")].map(DisplayWidth.of).max() ?? 0) + 1)
        func fact(_ label: String, _ value: String, _ style: Style = .plain) { add("  " + TextFit.pad(label, labelWidth) + " " + value, style) }

        add(tr("settings.channel"), .bold)
        fact(tr("settings.seller"), settings.sellerId)
        fact(tr("settings.marketplaces"), settings.marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", "))
        fact(tr("settings.connected"), tr("settings.connected.value", Format.date(settings.connectedAt), Format.ago(settings.connectedAt, s.now)))  // R2
        let sync = s.overview.sync
        if let last = sync?.lastSuccessAt {
            fact(tr("settings.last-sync"), "\(Format.ago(last, s.now)): \(sync?.lastReportInMerchantsWords ?? "")")
        } else {
            fact(tr("settings.last-sync"), tr("settings.last-sync.never"))
        }
        if let error = sync?.lastError, let attempt = sync?.lastAttemptAt, sync?.lastSuccessAt.map({ attempt > $0 }) ?? true {
            fact(tr("settings.last-attempt"), tr("settings.last-attempt.failed", Format.ago(attempt, s.now), error), .refusal)
        }
        let next = s.sync.running ? tr("settings.next-sync.running") : s.sync.nextDue.map { Format.until($0, s.now) } ?? tr("settings.next-sync.manual")
        fact(tr("settings.next-sync"), next)
        add("")
        add(tr("settings.switches"), .bold)  // R28
        // What the switch does as it stands, so the merchant reads the effect, not the mechanism.
        let explain: [SettingKey: (on: String, off: String)] = [
            .importOrders: (tr("settings.import-orders.on"), tr("settings.import-orders.off")),  // R4
            .importPending: (tr("settings.import-pending.on"), tr("settings.import-pending.off")),  // R9
            .reservePending: (tr("settings.reserve-pending.on"), tr("settings.reserve-pending.off")),  // R9
            .demoTrading: (tr("settings.demo-trading.on"), tr("settings.demo-trading.off")),
        ]
        let keys = SettingsRows.keys(s)
        // The titles' column is as wide as the longest title of this language needs, never cut.
        let titleWidth = max(34, (keys.map { DisplayWidth.of($0.title) }.max() ?? 0) + 2)
        for (i, key) in keys.enumerated() {
            switch key {
            case .syncInterval:
                add("      \(TextFit.pad(key.title, titleWidth)) \(settings.value(of: key))   \(tr("settings.interval.hint"))", .plain, i)
            case .language:
                add("      \(TextFit.pad(key.title, titleWidth)) \(SettingWords.language(settings.language))   \(tr("settings.language.hint"))", .plain, i)
            case .labelFormat:
                add("      \(TextFit.pad(key.title, titleWidth)) \(SettingWords.value(settings, key))   \(tr("settings.label-format.hint"))", .plain, i)
            default:
                let on = settings.value(of: key) == "on"
                add("  [\(on ? "x" : " ")] \(TextFit.pad(key.title, titleWidth)) \(explain[key].map { on ? $0.on : $0.off } ?? "")", .plain, i)
            }
        }
        add("")
        add(tr("settings.products"), .bold)  // R26
        add("  FBA " + ProductColumns.header, .dim)
        for (i, entry) in s.overview.catalog.enumerated() {
            let p = entry.product
            add("  [\(p.fba ? "x" : " ")] " + ProductColumns.row(entry, columns: s.size.columns - 6), p.enabled ? .plain : .dim, keys.count + i)
        }
        if !s.overview.catalog.isEmpty {
            add("  " + tr("settings.products.at-amazon"), .dim)  // R27
        }

        // A short window drops the blank lines between the sections before it scrolls a product out of sight.
        if lines.count > height { lines.removeAll { $0.text.isEmpty && $0.selectable == nil } }
        let selectedLine = lines.firstIndex { $0.selectable == s.settings.selected } ?? 0
        let scroll = selectedLine < height ? 0 : selectedLine - height + 1
        for (i, line) in lines.dropFirst(scroll).prefix(height).enumerated() {
            screen.put(line.text, row: top + i, column: 0, style: line.style)
            if line.selectable == s.settings.selected { screen.highlight(row: top + i) }
            if let selectable = line.selectable { screen.clickable(.row(selectable), row: top + i) }
        }
    }
}

/// The product table of the Settings pane: figures first, the title last, so a narrow window cuts the title.
enum ProductColumns {
    static var header: String {
        [TextFit.pad("SKU", 17), TextFit.pad("ASIN", 10), TextFit.right(tr("settings.column.on-hand"), 7),
         TextFit.right(tr("settings.column.offered"), 7), TextFit.right(tr("settings.column.at-amazon"), 9),
         tr("settings.column.product")].joined(separator: " ")
    }

    /// The figures take 56 columns; the title what is left of `columns`, cut with "…".
    static func row(_ entry: CatalogEntry, columns: Int) -> String {
        let p = entry.product
        let figures = [TextFit.pad(p.sku, 17), TextFit.pad(p.asin ?? tr("settings.product.no-asin"), 10), TextFit.right(String(p.stockOnHand), 7),
                       TextFit.right(entry.offeredOnAmazon.map(String.init) ?? "—", 7), TextFit.right(atAmazon(entry), 9)].joined(separator: " ")
        let room = columns - DisplayWidth.of(figures) - 1
        return room > 0 ? figures + " " + TextFit.pad(p.title, room) : figures
    }

    /// What Amazon can ship of an FBA product (R27): its fulfillable quantity, or "?" until a sync has read it.
    /// Blank for a product the merchant ships.
    static func atAmazon(_ entry: CatalogEntry) -> String {
        guard entry.product.fba else { return "" }
        return entry.fbaStock.map { String($0.fulfillable) } ?? "?"
    }
}
