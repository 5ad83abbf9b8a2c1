import ConsoleUI
import MerchantTestSupport
import Testing

/// The order actions drawn as text at 80x24 and 160x48: ship (empty, invalid, valid), ship the marked,
/// cancel, and the rules' refusals for a pending and an AFN order.
@Suite("Order action dialogs drawn as text")
struct OrderActionSnapshotTests {
    static let sizes = [(24, 80), (48, 160)]
    /// A UPS number whose check digit holds (SPAPI.md's known-good example).
    static let ups = "1Z5R89390357567127"

    /// Opens the ship dialog on the first order and picks UPS (↑ to the carrier, `u`, Tab back to tracking).
    static func shipDialog(_ f: ConsoleFixture) {
        f.press(.character("s"), .up, .character("u"), .tab)
    }

    @Test("the ship dialog as it opens: carrier, tracking format, date now, items, and R16's reminder", arguments: sizes)
    func shipEmpty(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        Self.shipDialog(f)
        expectSnapshot(f.text, "ship-empty-\(columns)x\(rows)")
        // R16: the first ship dialog of the session says where buyers' messages are.
        #expect(f.text.contains("Buyers' messages reach you only in Seller Central"))
        #expect(f.text.contains("◂ UPS ▸") == false)  // the picker is not focused: the tracking field is
        #expect(f.text.contains("UPS"))
        #expect(f.text.contains("✓ now"))
    }

    @Test("a tracking number that fails its check digit says so as it is typed (R13)", arguments: sizes)
    func shipInvalid(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        Self.shipDialog(f)
        f.type("1Z5R89390357567128")
        expectSnapshot(f.text, "ship-invalid-\(columns)x\(rows)")
        // R13: the reason is TrackingNumber.validate's own.
        #expect(f.text.contains("✗"))
        #expect(f.text.contains("check digit"))
        #expect(!f.text.contains("✓ valid"))
    }

    @Test("a valid tracking number shows ✓ valid (R13)", arguments: sizes)
    func shipValid(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        Self.shipDialog(f)
        f.type(Self.ups)
        expectSnapshot(f.text, "ship-valid-\(columns)x\(rows)")
        #expect(f.text.contains("✓ valid"))
    }

    @Test("marked orders: a mark in each row, then one dialog with a tracking field per order", arguments: sizes)
    func bulkShip(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character(" "), .character(" "), .character(" "))
        #expect(f.text.contains("3 marked (s ships, Esc unmarks)"))
        #expect(f.program.state.orders.marked == ["302-0000001-0000001", "302-0000002-0000002", "302-0000003-0000003"])
        expectSnapshot(f.text, "marked-\(columns)x\(rows)")
        f.press(.character("s"), .up, .character("u"), .tab)
        f.type(Self.ups)
        expectSnapshot(f.text, "bulk-ship-\(columns)x\(rows)")
        #expect(f.text.contains("3 marked orders"))
        #expect(f.text.contains("สมชาย ที่ดี"))
    }

    @Test("the cancel dialog names the order and the refund and asks with No chosen (R17, R18)", arguments: sizes)
    func cancel(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        f.press(.character("c"))
        expectSnapshot(f.text, "cancel-\(columns)x\(rows)")
        // R17: it names the order; R18: the refund is the total unless changed.
        #expect(f.text.contains("Cancel order 302-0000001-0000001 for Jürgen Groß on Amazon?"))
        #expect(f.text.contains("the buyer gets 12.99 EUR back"))
        #expect(f.text.contains("[ No ]"))
    }

    @Test("s on a pending order says why not, in the rule's own words (R10)", arguments: sizes)
    func pendingRefusal(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        for _ in 0..<7 { f.press(.down) }
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "302-0000008-0000008")
        f.press(.character("s"))
        expectSnapshot(f.text, "refusal-pending-\(columns)x\(rows)")
        // R10
        #expect(f.text.replacingOccurrences(of: "│", with: "").contains("is pending"))
        #expect(f.program.state.dialog.map { if case .notice = $0 { true } else { false } } == true)
    }

    @Test("s on an AFN order says Amazon ships it (R14)", arguments: sizes)
    func afnRefusal(rows: Int, columns: Int) throws {
        let f = try ConsoleFixture(size: Size(rows: rows, columns: columns))
        for _ in 0..<8 { f.press(.down) }
        f.press(.enter, .character("s"))
        expectSnapshot(f.text, "refusal-afn-\(columns)x\(rows)")
        // R14
        #expect(f.text.contains("fulfilled by Amazon"))
    }
}
