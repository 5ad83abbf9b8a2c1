import ConsoleUI
import MerchantStore
import MerchantTestSupport
import Testing

/// The Refunds pane, the refund dialog, R21's notice and an order's refunds, drawn as text at 80x24 and 160x48.
@Suite("Refunds drawn as text")
struct RefundSnapshotTests {
    static let sizes = [(24, 80), (48, 160)]

    @Test("Refunds: every state, Amazon's own apart, totals never added together (R21, R23); Thai, Japanese, emoji aligned", arguments: sizes)
    func pane(rows: Int, columns: Int) throws {
        let f = try RefundFixture.console(size: Size(rows: rows, columns: columns))
        f.press(.character("3"))
        expectSnapshot(f.text, "refunds-\(columns)x\(rows)")
        for section in ["Requested (2)", "Waiting for Amazon (1)", "Failed (1)", "Done (1)"] { #expect(f.text.contains(section)) }
        // R21: the failed entry says why; selected, the line under the list says it whole.
        #expect(f.text.contains("already refunded on Am"))
        // Columns line up whatever the script of the buyer's name.
        let screen = f.screen
        let amounts = (0..<screen.rows).compactMap { row -> Int? in
            let text = screen.text(row: row)
            guard ["น้ำฝน ใจดี", "山田太郎", "Zoë 😀 Müller", "Jürgen Groß"].contains(where: text.contains) else { return nil }
            return screen.column(of: " EUR", row: row)
        }
        #expect(amounts.count >= 4)
        #expect(Set(amounts).count == 1)
        if rows == 48 {
            // The big window shows every entry and the on-Amazon section too (R23).
            #expect(f.text.contains("Refunded on Amazon (2)"))
            #expect(f.text.contains("สมชาย ที่ดี"))
        }
        f.press(.character("j"), .character("j"), .character("j"))
        #expect(f.text.contains("302-0000024-0000024: 12.99 EUR not refunded: already refunded on"))
    }

    @Test("the refund dialog with what is left to refund and a valid amount (R22)", arguments: sizes)
    func dialogValid(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("r"), .tab, .right)
        expectSnapshot(f.text, "refund-valid-\(columns)x\(rows)")
        #expect(f.text.contains("Refund order 302-0000001-0000001 for Jürgen Groß?"))
        #expect(f.text.contains("✓ the buyer gets 12.99 EUR back"))
        #expect(f.text.contains("CustomerReturn"))
        #expect(f.text.contains("[ No ]"))
    }

    @Test("an amount over what is refundable, with the rule's reason as it is typed (R22)", arguments: sizes)
    func dialogOver(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("r"))
        for _ in 0..<5 { f.press(.backspace) }
        f.type("20.00")
        expectSnapshot(f.text, "refund-over-\(columns)x\(rows)")
        #expect(f.text.contains("✗"))
        #expect(f.text.contains("20.00 EUR is more than the") && f.text.contains("12.99 EUR still"))
    }

    @Test("a refund of an order refunded on Amazon fails with R21's notice", arguments: sizes)
    func failureNotice(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        try RefundFixture.refundOnAmazon(f.store, "302-0000001-0000001", 1299, hour: 70)
        f.press(.character("r"), .tab, .right, .tab, .character("y"), .enter)
        expectSnapshot(f.text, "refund-failed-\(columns)x\(rows)")
        // R21
        #expect(f.text.contains("Refund failed: 302-0000001-0000001"))
    }

    @Test("an opened order lists its refunds with their state, Amazon's apart (R21, R23)", arguments: sizes)
    func detail(rows: Int, columns: Int) throws {
        let f = try RefundFixture.console(size: Size(rows: rows, columns: columns))
        f.press(.character("3"), .character("G"), .enter)
        // The Refunds section, at the top of the 80x24 window.
        if rows == 24 { for _ in 0..<12 { f.press(.character("j")) } }
        expectSnapshot(f.text, "detail-refunds-\(columns)x\(rows)")
        #expect(f.text.contains("failed"))
        #expect(f.text.contains("Refunded on Amazon (made there directly"))
    }
}
