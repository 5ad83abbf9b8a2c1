import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The frame, Orders, Pending, an opened order and the `?` overlay in German and Thai, at 80x24 and 160x48:
/// golden screens read by a native merchant, held to the width rules of the English ones.
@Suite("Panes in German and Thai")
struct LanguageSnapshotTests {
    static let cases: [(Language, Int, Int)] = [(.german, 24, 80), (.german, 48, 160), (.thai, 24, 80), (.thai, 48, 160)]

    /// The mixed orders with the first one's buyer asking to cancel: a blocked, a pending and a cancel-requested row.
    static func fixture(_ rows: Int, _ columns: Int, orders extra: [AmazonOrder] = []) throws -> ConsoleFixture {
        var orders = ConsoleFixture.mixedOrders
        orders[0].buyerCancelRequest = BuyerCancelRequest(reason: "Ordered by mistake")
        return try ConsoleFixture(orders: extra + orders, size: Size(rows: rows, columns: columns))
    }

    /// The newest order: Jürgen Groß buys a Thai cup and Japanese tea for 山田太郎 c/o น้ำฝน ใจดี, and asks to cancel.
    static let namesOrder: AmazonOrder = {
        var o = ConsoleFixture.order("302-0000012-0000012", .unshipped, buyer: "Jürgen Groß", hour: 71, sku: "BECHER-THAI", qty: 2)
        o.items[0].title = "ถ้วยชาไทย Thai Tea Cup"
        o.items.append(AmazonOrderItem(orderItemId: "OI-302-0000012-0000012-2", sku: "TEE-MATCHA-100", asin: "B0DEMO0004",
                                       title: "抹茶 Matcha Pulver 100 g", quantityOrdered: 1, unitPrice: Money(minorUnits: 899, currency: "EUR")))
        o.total = Money(minorUnits: 3497, currency: "EUR")
        o.shippingAddress?.name = "山田太郎"
        o.shippingAddress?.lines = ["c/o น้ำฝน ใจดี", "Hauptstraße 1"]
        o.buyerCancelRequest = BuyerCancelRequest(reason: nil)
        o.earliestDeliveryDate = ConsoleFixture.hours(71 + 96 + 24)
        o.latestDeliveryDate = ConsoleFixture.hours(71 + 96 + 72)
        return o
    }()

    static func name(_ screen: String, _ language: Language, _ rows: Int, _ columns: Int) -> String {
        "\(screen)-\(columns)x\(rows)-\(language.rawValue)"
    }

    /// The console after `keys`, compared with its golden screen and held to the width of the window.
    static func shown(_ screen: String, _ language: Language, _ rows: Int, _ columns: Int, orders: [AmazonOrder] = [], after keys: [Key] = [],
                      sourceLocation: SourceLocation = #_sourceLocation) throws -> ConsoleFixture {
        let f = try fixture(rows, columns, orders: orders)
        for key in keys { f.press(key) }
        expectSnapshot(f.text, name(screen, language, rows, columns), sourceLocation: sourceLocation)
        expectFits(f.screen, sourceLocation: sourceLocation)
        return f
    }

    @Test("Orders: tabs, banner, title, headers and rows in the language; every column starts under its header", arguments: cases)
    func orders(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.shown("orders", language, rows, columns)
            #expect(f.text.contains(" 1 \(tr("frame.tab.orders")) "))
            #expect(f.text.contains(tr("orders.cancel.asked")))
            #expect(!f.text.contains("Orders") && !f.text.contains("SHIP BY"), "no English heading left")
            try Self.expectColumnsLineUp(f.screen, header: tr("orders.column.order"), besides: tr("orders.column.buyer"), values: ["302-0000001-0000001", "302-0000008-0000008"])
            try Self.expectColumnsLineUp(f.screen, header: tr("orders.column.buyer"), besides: tr("orders.column.ship.by"), values: ["Jürgen Groß", "น้ำฝน ใจดี", "山田太郎", "Zoë 😀 Müller"])
            // R15: the deadline stands under its header, whether due (in 3 days) or late.
            let due = tr("common.in", tr("common.span.days", 3))
            let late = tr("common.late", tr("common.span.hours", 12))
            try Self.expectColumnsLineUp(f.screen, header: tr("orders.column.ship.by"), besides: tr("orders.column.buyer"), values: [due, late])
        }
    }

    @Test("Pending: the reserved units and the stock per SKU, headers over their figures (R9, R25)", arguments: cases)
    func pending(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.shown("pending", language, rows, columns, after: [.character("2")])
            #expect(f.text.contains(tr("orders.pending.reserves", "2× MUG-BLAU-350")))  // R9
            try Self.expectColumnsLineUp(f.screen, header: tr("orders.column.order"), besides: tr("orders.pending.column.waiting"),
                                             values: ["302-0000008-0000008"])
            try Self.expectColumnsLineUp(f.screen, header: tr("orders.pending.column.product"), besides: "SKU", values: ["Kaffeebecher Blau 350 ml", "ถ้วยชาไทย Thai Tea Cup"])
            // The figures are right-aligned: each ends where its header ends.
            let header = tr("orders.pending.column.offered")
            let headerRow = try #require((0..<f.screen.rows).first { f.screen.column(of: "SKU", row: $0) == 0 })
            let end = f.screen.column(of: header, row: headerRow)! + DisplayWidth.of(header)
            let row = try #require((0..<f.screen.rows).first { f.screen.column(of: "MUG-BLAU-350", row: $0) == 0 })
            #expect(f.screen.column(of: "31", row: row).map { $0 + 2 } == end)  // R25: 40 on hand − 2 reserved − 7 held
        }
    }

    @Test("an opened order: German, Thai and Japanese names, money and dates the language's way", arguments: cases)
    func detail(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.shown("detail", language, rows, columns, orders: [Self.namesOrder], after: [.enter])
            #expect(f.text.contains(tr("orders.detail.items")))
            #expect(f.text.contains(LanguageFormat.money(Money(minorUnits: 3497, currency: "EUR"), language)))
            #expect(f.text.contains(LanguageFormat.moment(ConsoleFixture.hours(71), language, timeZone: TimeZone(identifier: "UTC")!)))
            let deliverBy = LanguageFormat.moment(ConsoleFixture.hours(71 + 96 + 72), language, timeZone: TimeZone(identifier: "UTC")!)
            let from = LanguageFormat.moment(ConsoleFixture.hours(71 + 96 + 24), language, timeZone: TimeZone(identifier: "UTC")!)
            #expect(f.text.contains(tr("orders.detail.deliver.window", deliverBy, from)))
            for name in ["Jürgen Groß", "ถ้วยชาไทย Thai Tea Cup", "抹茶 Matcha Pulver 100 g", "山田太郎", "c/o น้ำฝน ใจดี"] {
                #expect(f.text.contains(name), "\(name) is not shown whole")
            }
        }
    }

    @Test("the ? overlay: every key's words in the language, inside its frame", arguments: cases)
    func help(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.shown("help", language, rows, columns, after: [.character("?")])
            #expect(f.text.contains(tr("frame.help.title")) || f.text.contains(tr("frame.help.title.scroll")))
            #expect(f.text.contains(tr("orders.key.ship")))
            // Every line of the box ends at its right border: nothing written over the frame.
            let borders = (0..<f.screen.rows).compactMap { row -> Int? in
                let text = f.screen.text(row: row)
                guard let last = text.lastIndex(of: "│") ?? text.lastIndex(of: "┐") ?? text.lastIndex(of: "┘") else { return nil }
                return DisplayWidth.of(String(text[..<last]))
            }
            #expect(Set(borders).count == 1, "right borders at \(Set(borders).sorted())")
        }
    }

    @Test("the status line with a sync's news and notifications, in the language (R3)", arguments: cases)
    func status(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.fixture(rows, columns)
            try f.store.saveNotificationConnection(NotificationConnection(
                queueUrl: "https://sqs.eu-west-1.amazonaws.com/123456789012/orders", queueArn: "arn:aws:sqs:eu-west-1:123456789012:orders",
                destinationId: "d-1", subscriptionId: "s-1", connectedAt: ConsoleFixture.now))
            try f.store.noteNotificationsArrived(at: ConsoleFixture.now)
            f.program.send(.dataChanged)
            // The news are the sync's own words (converted with the sync); the frame says them in the language.
            let news = language == .german ? "3 neue Bestellungen, 2 Sendungen bestätigt" : "คำสั่งซื้อใหม่ 3 รายการ ยืนยันการจัดส่ง 2 รายการ"
            f.program.send(.syncFinished(SyncReport(summary: "", error: nil, finishedAt: ConsoleFixture.now, news: news)))
            expectSnapshot(f.text, Self.name("status", language, rows, columns))
            Self.expectFits(f.screen)
            #expect(f.text.contains(tr("frame.sync.background", news)))
            #expect(f.text.contains(tr("frame.status.outbox", 10)))
            #expect(f.text.contains(tr("frame.status.notifications.since", "00:00")))
        }
    }

    @Test("the words are read when drawn: the same console, its tabs and its keys' help speak German once the language changes")
    func wordsFollowTheLanguageOfTheMoment() throws {
        let f = try Self.fixture(24, 80)
        Language.$override.withValue(.english) {
            f.press(.character("?"))
            #expect(f.text.contains("ship the order, or every marked order at once"))
            #expect(f.text.contains("1 Orders"))
        }
        Language.$override.withValue(.german) {
            f.resize(24, 80)  // the next frame
            #expect(f.text.contains("Bestellung versenden, oder alle markierten auf einmal"))
            #expect(f.text.contains("1 Bestellungen"))
            #expect(!f.text.contains("ship the order"))
        }
    }

    /// Every row is exactly the screen's width: nothing runs past the edge, nothing falls short of it.
    static func expectFits(_ screen: Screen, sourceLocation: SourceLocation = #_sourceLocation) {
        for row in 0..<screen.rows {
            #expect(DisplayWidth.of(screen.text(row: row)) == screen.columns, "row \(row) is not \(screen.columns) wide", sourceLocation: sourceLocation)
        }
    }

    /// Each value starts at the display column its header starts at. The header row is the first holding `header`
    /// and `besides` (another header of the same row: the tabs and titles say the same words as some headers).
    static func expectColumnsLineUp(_ screen: Screen, header: String, besides: String, values: [String],
                                    sourceLocation: SourceLocation = #_sourceLocation) throws {
        // The header row is the nearest one above the first value that holds both words (a title above it may hold them too).
        let firstValue = (0..<screen.rows).first { row in values.contains { screen.column(of: $0, row: row) != nil } } ?? screen.rows
        let headerRow = try #require((0..<firstValue).last { row in
            screen.column(of: header, row: row) != nil && screen.column(of: besides, row: row) != nil
        }, "no header \(header)", sourceLocation: sourceLocation)
        let x = screen.column(of: header, row: headerRow)!
        for value in values {
            let row = try #require((headerRow + 1..<screen.rows).first { screen.column(of: value, row: $0) != nil }, "no row with \(value)",
                                   sourceLocation: sourceLocation)
            #expect(screen.column(of: value, row: row) == x, "\(value) is not under \(header)", sourceLocation: sourceLocation)
        }
    }
}
