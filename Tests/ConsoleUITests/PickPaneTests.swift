import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Synchronization
import Testing

/// The Pick pane (7): the open lines of the orders the merchant ships, summed by product in bin order, with the
/// orders each serves; Enter shows them all, `p` prints the list as `merchant picklist --print` does.
@Suite("The Pick pane")
struct PickPaneTests {
    static let sizes = [(24, 80), (48, 160)]

    /// What a fake printer was given, and what it answers.
    final class FakePrinter: Sendable {
        let texts = Mutex<[String]>([])
        var print: PrintText { { text in self.texts.withLock { $0.append(text) }; return "Sent to the printer. request id is lp-7" } }
    }

    struct NoPrinter: Error, CustomStringConvertible { let description: String }

    /// The parcel fixture's products (bins, German, Thai and Japanese titles) and orders, on the Pick pane.
    static func console(size: Size = Size(rows: 24, columns: 80), printText: PrintText? = nil) throws -> ConsoleFixture {
        let f = try ConsoleFixture(orders: ParcelFixture.orders(), size: size, catalog: try ParcelFixture.products(), printText: printText)
        f.press(.character("7"))
        return f
    }

    static func lines(_ f: ConsoleFixture) throws -> [PickListLine] { try #require(f.program.state.pick.lines) }

    // R10, R14
    @Test("the open lines summed by product, in bin order with no bin last, each with the orders it serves")
    func sumsInBinOrder() throws {
        let f = try Self.console()
        let lines = try Self.lines(f)
        #expect(lines.map(\.sku) == ["BECHER-THAI", "SET-THAI-4", "MUG-BLAU-350", "TEE-MATCHA-100", "SIEB-TEE-FEIN"])
        #expect(lines.map(\.quantity) == [1, 1, 3, 3, 1])
        #expect(lines.map { $0.bin?.text } == ["A-2-3", "A-2-4", "A-10-1", "B-02-3", nil])
        // Two units for Berlin and one for Bangkok; the Tokyo order had one of three matcha shipped already.
        #expect(lines[2].orders.map { "\($0.amazonOrderId) ×\($0.quantity)" } == ["302-1111111-0000001 ×2", "302-2222222-0000002 ×1"])
        #expect(lines[3].orders.map { "\($0.amazonOrderId) ×\($0.quantity)" } == ["302-1111111-0000001 ×1", "503-3333333-0000003 ×2"])
        // The same query and the same sum as `merchant picklist`.
        #expect(lines == PickList.make(try f.store.openOrderLines()))
        let text = f.text
        #expect(text.contains("Pick list · 9 units of 5 products for 3 orders"))
        // Shipped, fulfilled by Amazon (R14) and pending (R10): not on the list.
        for id in [ParcelFixture.shipped, ParcelFixture.byAmazon, ParcelFixture.pending] { #expect(!text.contains(id)) }
        // The bins down the screen in walking order.
        let rows = ["A-2-3", "A-2-4", "A-10-1", "B-02-3", "SIEB-TEE-FEIN"].map { bin in (0..<f.screen.rows).first { f.screen.text(row: $0).contains(bin) } }
        #expect(rows.compactMap { $0 } == rows.compactMap { $0 }.sorted() && rows.allSatisfy { $0 != nil }, "\(rows)")
    }

    @Test("columns line up by display width with German, Thai and Japanese titles and an emoji", arguments: sizes)
    func columnsLineUp(rows: Int, columns: Int) throws {
        let f = try Self.console(size: Size(rows: rows, columns: columns))
        let screen = f.screen
        let header = try #require((0..<screen.rows).first { screen.column(of: "SKU", row: $0) != nil })
        let sku = screen.column(of: "SKU", row: header)!
        let title = try #require(screen.column(of: "TITLE", row: header))
        let orders = try #require(screen.column(of: "ORDERS", row: header))
        let listRows = (header + 1)..<(header + 6)
        #expect(listRows.map { row in ["BECHER", "SET-THAI", "MUG-BLAU", "TEE-MATCHA", "SIEB"].lazy.compactMap { screen.column(of: $0, row: row) }.first } == Array(repeating: sku, count: 5))
        #expect(listRows.map { row in ["ถ้วยชาไทย", "ชุดถ้วย", "Kaffeebecher", "抹茶", "Teesieb"].lazy.compactMap { screen.column(of: $0, row: row) }.first } == Array(repeating: title, count: 5))
        #expect(listRows.map { screen.column(of: "30", row: $0) ?? screen.column(of: "50", row: $0) } == Array(repeating: orders, count: 5))
        for line in f.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= columns, "\(line)") }
        // At 80 columns the orders that do not fit are counted; a wide window names them.
        let mug = screen.text(row: listRows.lowerBound + 2)
        #expect(columns == 80 ? mug.contains("302-1111111-0000001 ×2, +1 more") : mug.contains("302-1111111-0000001 ×2, 302-2222222-0000002 ×1"), "\(mug)")
    }

    @Test("↑/↓, pages, first and last move over the products; Enter shows every order the product goes to, with its units")
    func moveAndEnter() throws {
        let f = try Self.console()
        f.press(.down, .down)
        #expect(f.program.state.pick.selectedLine?.sku == "MUG-BLAU-350")
        f.press(.end)
        #expect(f.program.state.pick.selectedLine?.sku == "SIEB-TEE-FEIN")
        f.press(.home, .pageDown)
        #expect(f.program.state.pick.selectedLine?.sku == "SIEB-TEE-FEIN")
        f.press(.pageUp, .down, .down, .enter)
        guard case .notice(let notice) = f.program.state.dialog else {
            Issue.record("Enter opens the product's orders")
            return
        }
        #expect(notice.title == "A-10-1 · MUG-BLAU-350")
        let text = f.text
        #expect(text.contains("Kaffeebecher Blau 350 ml, spülmaschinenfest: 3 units for 2 orders:"))
        #expect(text.contains("302-1111111-0000001\u{00A0}×2") && text.contains("302-2222222-0000002\u{00A0}×1"))
        f.press(.escape)
        #expect(f.program.state.dialog == nil)
    }

    @Test("an order shipped in the console leaves the pick list; a new one joins it when the data changes")
    func followsTheStore() throws {
        let f = try Self.console()
        f.press(.character("1"))
        let berlin = try #require(f.program.state.orders.rows.firstIndex { $0.amazonOrderId == ParcelFixture.berlin })
        f.press(.home)
        for _ in 0..<berlin { f.press(.down) }
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == ParcelFixture.berlin)
        f.press(.character("s"), .up, .character("u"), .tab)
        f.type("1Z5R89390357567127")
        f.press(.enter)
        #expect(f.program.state.dialog == nil, "\(f.text)")
        f.press(.character("7"))
        var lines = try Self.lines(f)
        #expect(!f.text.contains(ParcelFixture.berlin))
        #expect(lines.first { $0.sku == "MUG-BLAU-350" }?.quantity == 1)
        #expect(lines.first { $0.sku == "TEE-MATCHA-100" }?.orders.map(\.amazonOrderId) == [ParcelFixture.tokyo])

        // Another process stores a new order: the pane reads the list again.
        let other = try MerchantStore.open(at: f.store.path)
        try other.ingest([ConsoleFixture.order("302-7777777-0000007", .unshipped, buyer: "Zoë", hour: 30, sku: "SIEB-TEE-FEIN", qty: 4)],
                         watermark: nil, at: ConsoleFixture.now)
        f.program.tick()
        lines = try Self.lines(f)
        #expect(lines.last?.sku == "SIEB-TEE-FEIN" && lines.last?.quantity == 5)
    }

    @Test("p sends the printer the very text merchant picklist --print sends, in the merchant's language")
    func printsTheSameText() throws {
        for language in [Language.english, .german] {
            try Language.$override.withValue(language) {
                let printer = FakePrinter()
                let f = try Self.console(printText: printer.print)
                f.press(.character("p"))
                let expected = PickListText.render(PickList.make(try f.store.openOrderLines()))
                #expect(printer.texts.withLock { $0 } == [expected])
                #expect(expected.hasPrefix(language == .german ? "PICKLISTE: 9 Einheiten" : "PICK LIST: 9 units"))
                #expect(f.program.state.flash?.text == "Sent to the printer. request id is lp-7")
            }
        }
    }

    @Test("without lp, p says so on the message line and nothing else happens (R30)")
    func noPrinter() throws {
        let message = "there is no printer command here (lp was not found): install CUPS"
        let f = try Self.console(printText: { _ in throw NoPrinter(description: message) })
        let before = f.program.state
        let version = try f.store.dataVersion()
        f.press(.character("p"))
        let after = f.program.state
        #expect(after.flash?.kind == .refused)
        #expect(after.flash?.text == "Not printed: " + message + ".")
        #expect(after.dialog == nil && after.pick == before.pick && after.pane == .pick)
        #expect(try f.store.dataVersion() == version)
        #expect(try Self.lines(f) == PickList.make(try f.store.openOrderLines()))

        // A console given no printer at all says that instead.
        let bare = try Self.console()
        bare.press(.character("p"))
        #expect(bare.program.state.flash?.text == "Not printed: this console has no printer to send to.")
    }

    @Test("nothing to pick: the pane says so, and p and Enter say why they do nothing")
    func empty() throws {
        let f = try ConsoleFixture(orders: [], catalog: try ParcelFixture.products())
        f.press(.character("7"))
        #expect(f.text.contains("Nothing to pick: no order waits to be shipped by you."))
        f.press(.character("p"))
        #expect(f.program.state.flash?.text.contains("nothing to pick") == true)
    }

    // MARK: golden screens

    @Test("drawn in English", arguments: sizes)
    func english(rows: Int, columns: Int) throws {
        let f = try Self.console(size: Size(rows: rows, columns: columns))
        expectSnapshot(f.text, "pick-\(columns)x\(rows)")
        #expect(f.text.contains(" 7 Pick"))
    }

    @Test("drawn in German and Thai, every line within the window", arguments: TranslatedSnapshotTests.cases)
    func translated(language: Language, rows: Int, columns: Int) throws {
        try TranslatedSnapshotTests.expectScreen(language, rows: rows, columns: columns, "pick", said: [.german: "Pickliste", .thai: "ใบหยิบสินค้า"], {
            try Self.console(size: $0)
        }) { screen in
            let header = try #require(TranslatedSnapshotTests.row(of: "SKU", screen))
            let title = try #require(screen.column(of: tr("parcel.column.title"), row: header))
            #expect(Set(TranslatedSnapshotTests.columns(of: ["ถ้วยชาไทย", "ชุดถ้วย", "Kaffeebecher", "抹茶", "Teesieb"], screen)) == [title])
        }
    }
}
