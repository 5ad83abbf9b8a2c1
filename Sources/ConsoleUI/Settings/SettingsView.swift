import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// The channel, its switches and interval, and per product the FBA switch (R28).
    static func drawSettings(_ screen: inout Screen, _ s: ConsoleState, top: Int, height: Int) {
        guard let settings = s.overview.settings else {
            screen.put("Reading settings…", row: top, column: 0, style: .dim)
            return
        }
        // Lines with the index of the selectable row they show, so the selection can be scrolled to.
        var lines: [(text: String, style: Style, selectable: Int?)] = []
        func add(_ text: String, _ style: Style = .plain, _ selectable: Int? = nil) { lines.append((text, style, selectable)) }

        add("Channel", .bold)
        add("  Seller account    \(settings.sellerId)")
        add("  Marketplaces      \(settings.marketplaceIds.map { Marketplace.named($0).name }.joined(separator: ", "))")
        add("  Connected since   \(Format.date(settings.connectedAt)) (\(Format.ago(settings.connectedAt, s.now))), older orders stay out")  // R2
        let sync = s.overview.sync
        if let last = sync?.lastSuccessAt {
            add("  Last sync         \(Format.ago(last, s.now)): \(sync?.lastReport ?? "")")
        } else {
            add("  Last sync         never")
        }
        if let error = sync?.lastError, let attempt = sync?.lastAttemptAt, sync?.lastSuccessAt.map({ attempt > $0 }) ?? true {
            add("  Last attempt      \(Format.ago(attempt, s.now)) failed: \(error)", .refusal)
        }
        let next = s.sync.running ? "running now" : s.sync.nextDue.map { Format.until($0, s.now) } ?? "only with R or `merchant sync`"
        add("  Next sync         \(next)")
        add("")
        add("Switches · Space or Enter switches, saved at once, used from the next sync", .bold)  // R28
        // What the switch does as it stands, so the merchant reads the effect, not the mechanism.
        let explain: [SettingKey: (on: String, off: String)] = [
            .importOrders: ("Amazon orders become local orders", "Amazon orders are kept read only"),  // R4
            .importPending: ("pending orders become local orders at once", "pending orders wait for payment"),  // R9
            .reservePending: ("pending orders reserve their stock", "pending orders reserve nothing"),  // R9
            .demoTrading: ("simulated buyers order, pay and cancel while the console is open", "simulated Amazon waits: no new buyers"),
        ]
        let keys = SettingsRows.keys(s)
        for (i, key) in keys.enumerated() {
            if key == .syncInterval {
                add("      Sync interval                      \(settings.value(of: key))   ←/- shorter, →/+ longer", .plain, i)
            } else {
                let on = settings.value(of: key) == "on"
                add("  [\(on ? "x" : " ")] \(TextFit.pad(key.title, 34)) \(explain[key].map { on ? $0.on : $0.off } ?? "")", .plain, i)
            }
        }
        add("")
        add("Products · Space switches FBA: Amazon ships orders for the product", .bold)  // R26
        add("  FBA " + ProductColumns.header, .dim)
        for (i, entry) in s.overview.catalog.enumerated() {
            let p = entry.product
            add("  [\(p.fba ? "x" : " ")] " + ProductColumns.row(entry, columns: s.size.columns - 6), p.enabled ? .plain : .dim, keys.count + i)
        }
        if !s.overview.catalog.isEmpty {
            add("  AT AMAZON: what Amazon can ship (FBA); ? until a sync has read it", .dim)  // R27
        }

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
    static let header = [TextFit.pad("SKU", 17), TextFit.pad("ASIN", 10), TextFit.right("ON HAND", 7), TextFit.right("OFFERED", 7),
                         TextFit.right("AT AMAZON", 9), "PRODUCT"].joined(separator: " ")

    /// The figures take 56 columns; the title what is left of `columns`, cut with "…".
    static func row(_ entry: CatalogEntry, columns: Int) -> String {
        let p = entry.product
        let figures = [TextFit.pad(p.sku, 17), TextFit.pad(p.asin ?? "no ASIN", 10), TextFit.right(String(p.stockOnHand), 7),
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
