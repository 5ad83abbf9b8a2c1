import MerchantTestSupport
import Testing
@testable import ConsoleUI

/// Below 80 columns the Orders pane hides whole columns, least needed first, instead of wrapping or cutting
/// rows; German, Thai, Japanese and emoji names keep every column that stays in place.
@Suite("Narrow windows")
struct NarrowWindowTests {
    static let names = ["Jürgen", "น้ำฝน", "สมชาย", "山田太郎", "Zoë", "Eve"]

    @Test("the columns shown at each width, in the order they give way")
    func hideOrder() {
        typealias C = OrderColumns.Column
        #expect(OrderColumns(columns: 160).shown == C.allCases)
        #expect(OrderColumns(columns: 80).shown == [.mark, .id, .purchased, .status, .channel, .buyer, .quantity, .shipBy])
        #expect(OrderColumns(columns: 70).shown == [.mark, .id, .purchased, .status, .buyer, .quantity, .shipBy])
        #expect(OrderColumns(columns: 60).shown == [.mark, .id, .status, .buyer, .shipBy])
        #expect(OrderColumns(columns: 40).shown == [.mark, .id, .buyer, .shipBy])
        for width in 30...200 {
            let layout = OrderColumns(columns: width)
            let used = layout.shown.map(layout.width).reduce(0, +) + layout.shown.count - 1
            // Down to the narrowest the buyer can be cut to, a row fits the window.
            if width >= 35 { #expect(used <= width, "\(width) columns: a row takes \(used)") }
        }
    }

    @Test("Orders at 60x20 and 40x15: every line fits, no row wraps, names stay aligned", arguments: [(20, 60), (15, 40)])
    func orders(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        expectSnapshot(f.text, "orders-\(columns)x\(rows)")
        let screen = f.screen
        for line in f.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= columns) }
        var buyerColumns: Set<Int> = []
        var shipByColumns: Set<Int> = []
        var found = 0
        for row in 0..<screen.rows {
            guard let name = Self.names.first(where: { screen.column(of: $0, row: row) != nil }) else { continue }
            found += 1
            // A whole order id on each order row: it is what the merchant looks up in Seller Central.
            #expect(screen.text(row: row).contains("302-00000"))
            buyerColumns.insert(screen.column(of: name, row: row)!)
            shipByColumns.insert(try #require(screen.column(of: "in 3d", row: row), "row \(row) has its ship-by"))
        }
        #expect(found == Self.names.count)
        #expect(buyerColumns.count == 1, "buyer columns: \(buyerColumns)")
        #expect(shipByColumns.count == 1, "ship-by columns: \(shipByColumns)")
        // R15: sorted by urgency, the late order comes first and still says so.
        f.press(.character("o"))
        #expect(f.screen.text(row: 4).contains("302-0000010-0000010"))
        #expect(f.screen.text(row: 4).contains("LATE 12h"))
    }

    @Test("the tab bar gives up the name, then the other panes' titles, never a pane's digit")
    func tabs() throws {
        let f = try ConsoleFixture(size: Size(rows: 15, columns: 40))
        let bar = f.screen.text(row: 0)
        for digit in 1...5 { #expect(bar.contains(" \(digit) ")) }
        #expect(bar.contains("1 Orders"))
        f.press(.character("4"))
        #expect(f.screen.text(row: 0).contains("4 Settings"))
        // The titles go from the last tab backwards until the bar fits: Pending's before the first tab's.
        #expect(!f.screen.text(row: 0).contains("Pending"))
        // The banner of blocked orders (R5) in its short form.
        #expect(f.screen.text(row: 1).contains("1 order cannot be imported (b)"))
    }
}
