import ConsoleUI
import MerchantCore
import MerchantTestSupport
import Testing

/// Refunds, Settings, Outbox, Shop and every dialog in German and Thai, at 80x24 and 160x48: the golden screens
/// `<name>-<columns>x<rows>-de` and `-th`, each checked as the English ones are: every line within the window,
/// the columns under their headers, measured in display columns.
@Suite("Refunds, Settings, Outbox, Shop and the dialogs in German and Thai")
struct TranslatedSnapshotTests {
    static let cases: [(Language, Int, Int)] = [(.german, 24, 80), (.german, 48, 160), (.thai, 24, 80), (.thai, 48, 160)]
    static let ups = "1Z5R89390357567127"

    /// Draws the screen `open` leaves in `language`, records or compares it, and checks it fits: no line wider than
    /// the window, and `said` (a word of the language) on it.
    static func expectScreen(_ language: Language, rows: Int, columns: Int, _ name: String, said: [Language: String],
                             sourceLocation: SourceLocation = #_sourceLocation,
                             _ open: (Size) throws -> ConsoleFixture, check: (Screen) throws -> Void = { _ in }) throws {
        try Language.$override.withValue(language) {
            let f = try open(Size(rows: rows, columns: columns))
            let text = f.text
            expectSnapshot(text, "\(name)-\(columns)x\(rows)-\(language.rawValue)", sourceLocation: sourceLocation)
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            #expect(lines.count == rows, sourceLocation: sourceLocation)
            for line in lines { #expect(DisplayWidth.of(String(line)) <= columns, "\(line)", sourceLocation: sourceLocation) }
            if let word = said[language] { #expect(text.contains(word), "\(name) says \(word)", sourceLocation: sourceLocation) }
            try check(f.screen)
        }
    }

    /// The first row that holds `needle`.
    static func row(of needle: String, _ screen: Screen) -> Int? {
        (0..<screen.rows).first { screen.column(of: needle, row: $0) != nil }
    }

    /// The rows that hold one of `needles`, each with the display column it starts at.
    static func columns(of needles: [String], _ screen: Screen) -> [Int] {
        (0..<screen.rows).compactMap { row in needles.lazy.compactMap { screen.column(of: $0, row: row) }.first }
    }

    // MARK: panes

    @Test("Refunds: every state, the totals apart (R23), amounts under their header", arguments: cases)
    func refunds(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "refunds", said: [.german: "Wartet auf Amazon", .thai: "รอ Amazon"], {
            let f = try RefundFixture.console(size: $0)
            f.press(.character("3"))
            return f
        }) { screen in
            // The amounts end where their header ends, whatever the script of the buyer before them.
            let header = tr("refunds.column.amount")
            let headerRow = try #require(Self.row(of: header, screen))
            let end = screen.column(of: header, row: headerRow)! + DisplayWidth.of(header) - 1
            let entries = (0..<screen.rows).filter { screen.column(of: "302-00000", row: $0) == 2 }
            #expect(entries.count >= 4)
            for row in entries {
                let last = screen.cell(row: row, column: end).text
                #expect(last == "€" || last.allSatisfy(\.isNumber), "row \(row) ends its amount at column \(end): \(screen.text(row: row))")
            }
            #expect(Set(Self.columns(of: ["น้ำฝน ใจดี", "山田太郎", "Zoë 😀 Müller", "Jürgen Groß"], screen)).count == 1)
        }
    }

    @Test("Settings: the channel, the switches, the language row, the products under their headers", arguments: cases)
    func settings(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "settings", said: [.german: "Verkäuferkonto", .thai: "บัญชีผู้ขาย"], {
            let f = try ConsoleFixture(size: $0)
            f.press(.character("4"))
            return f
        }) { screen in
            // ASIN and the product's title start under their headers.
            let header = try #require(Self.row(of: "  FBA SKU", screen))
            let asin = try #require(screen.column(of: "ASIN", row: header))
            #expect(Set(Self.columns(of: ["B0DEMO"], screen)) == [asin])
            let product = try #require(screen.column(of: tr("settings.column.product"), row: header))
            #expect(Set(Self.columns(of: ["Kaffeebecher", "ถ้วยชาไทย", "抹茶", "Nur im"], screen)) == [product])
        }
    }

    @Test("Outbox: what Amazon has not confirmed, under its headers, and the activity", arguments: cases)
    func outbox(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "outbox", said: [.german: "Wartet auf Amazon", .thai: "รอ Amazon"], {
            let f = try ConsoleFixture(size: $0)
            f.press(.character("5"))
            return f
        }) { screen in
            let header = try #require(Self.row(of: tr("outbox.column.subject"), screen))
            let subject = screen.column(of: tr("outbox.column.subject"), row: header)!
            let state = try #require(screen.column(of: tr("outbox.column.state"), row: header))
            #expect(Set(Self.columns(of: ["302-00000"], screen)) == [subject])
            #expect(Set(Self.columns(of: [tr("outbox.state.queued")], screen).filter { $0 > 0 }) == [state])
        }
    }

    @Test("Shop: who ships each order (R26), the note why (R27), columns under their headers", arguments: cases)
    func shop(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "shop", said: [.german: "Shop-Bestellungen", .thai: "คำสั่งซื้อจากร้าน"], {
            try ShopFixture(size: $0).f
        }) { screen in
            let header = try #require(Self.row(of: tr("shop.column.items"), screen))
            let buyer = try #require(screen.column(of: tr("shop.column.buyer"), row: header))
            let items = try #require(screen.column(of: tr("shop.column.items"), row: header))
            // The order rows (they list items, "1× SKU"); the line under the list names the selected buyer again.
            let rows = (0..<screen.rows).filter { $0 > header && screen.column(of: "× ", row: $0) != nil }
            #expect(rows.count >= 6)
            let names = ["山田太郎", "สมชาย ที่ดี", "น้ำฝน ใจดี", "Zoë 😀 Müller", "Jürgen Groß", "Noah Jones"]
            #expect(Set(rows.compactMap { row in names.lazy.compactMap { screen.column(of: $0, row: row) }.first }) == [buyer])
            #expect(Set(rows.compactMap { screen.column(of: "× ", row: $0) }.map { $0 - 1 }) == [items])
        }
    }

    // MARK: dialogs

    /// The dialogs over Orders that keys alone open: their name, the keys, the text typed, and a word each language says.
    static let orderDialogs: [(name: String, keys: [Key], typed: String, said: [Language: String])] = [
        ("ship", [.character("s"), .up, .character("u"), .tab], ups, [.german: "✓ gültig", .thai: "✓ ถูกต้อง"]),
        ("carrier-other", [.character("s"), .up, .left], "", [.german: "◂ Sonstige ▸", .thai: "◂ อื่นๆ ▸"]),
        ("cancel", [.character("c"), .right], "", [.german: "[ Nein ]", .thai: "[ ไม่ ]"]),
        ("refund", [.character("r"), .tab, .right], "", [.german: "12,99", .thai: "€12.99"]),
    ]
    static let orderDialogCases = cases.flatMap { c in orderDialogs.indices.map { (c.0, c.1, c.2, $0) } }

    @Test("ship with a valid number (R13, R16), the carrier picker on Other (R13), cancel (R17, R18) and refund (R22), No chosen",
          arguments: orderDialogCases)
    func orderDialog(language: Language, rows: Int, columns: Int, dialog: Int) throws {
        let d = Self.orderDialogs[dialog]
        try Self.expectScreen(language, rows: rows, columns: columns, d.name, said: d.said) {
            let f = try ConsoleFixture(size: $0)
            for key in d.keys { f.press(key) }
            f.type(d.typed)
            return f
        }
    }

    @Test("shipping the marked orders: one carrier, a tracking number each", arguments: cases)
    func bulkShip(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "bulk-ship", said: [.german: "3 markierte Bestellungen", .thai: "3 คำสั่งซื้อ"], {
            let f = try ConsoleFixture(size: $0)
            f.press(.character(" "), .character(" "), .character(" "), .character("s"), .up, .character("u"), .tab)
            f.type(Self.ups)
            return f
        }) { screen in
            // Each buyer starts under BUYER.
            let header = try #require(Self.row(of: tr("dialog.bulk.column.buyer"), screen))
            let buyer = screen.column(of: tr("dialog.bulk.column.buyer"), row: header)!
            // Inside the box only: the pane behind it shows the same buyers in its own columns.
            let inside = (0..<screen.rows).filter { screen.text(row: $0).contains("│") }
            let names = ["Jürgen Groß", "น้ำฝน ใจดี", "สมชาย ที่ดี"]
            let found = inside.compactMap { row in names.lazy.compactMap { screen.column(of: $0, row: row) }.first }
            #expect(found.count == 3)
            #expect(Set(found) == [buyer])
        }
    }

    @Test("a blocked order's fix: map its unknown SKU to a product (R5)", arguments: cases)
    func blockedFix(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "blocked-fix", said: [.german: "AMZ-LEGACY-TASSE", .thai: "AMZ-LEGACY-TASSE"]) {
            let f = try ConsoleFixture(size: $0)
            for _ in 0..<6 { f.press(.down) }
            f.press(.enter)
            if case .blockedFix = f.program.state.dialog {} else { Issue.record("Enter on the blocked order opens its fix") }
            return f
        }
    }

    @Test("the quit question names what would be lost, No chosen", arguments: cases)
    func quit(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "quit", said: [.german: "Die 2 markierten Bestellungen", .thai: "ออกจาก merchant ไหม"]) {
            let f = try ConsoleFixture(size: $0)
            f.press(.character(" "), .character(" "), .character("q"))
            return f
        }
    }

    @Test("the shop order's ship dialog, and the question before Amazon's fulfillment is cancelled (R26)", arguments: cases)
    func shopDialogs(language: Language, rows: Int, columns: Int) throws {
        try Self.expectScreen(language, rows: rows, columns: columns, "shop-ship", said: [.german: "die ganze Bestellung", .thai: "ทั้งคำสั่งซื้อ"]) {
            let shop = try ShopFixture(size: $0)
            try shop.select(shop.mixed)
            shop.f.press(.character("s"), .up, .character("u"), .tab)
            shop.f.type(Self.ups)
            return shop.f
        }
        try Self.expectScreen(language, rows: rows, columns: columns, "shop-cancel", said: [.german: "zurückholen?", .thai: "ยกเลิกการจัดส่งโดย Amazon"]) {
            let shop = try ShopFixture(size: $0)
            try shop.select(shop.received)
            shop.f.press(.character("x"))
            return shop.f
        }
    }
}
