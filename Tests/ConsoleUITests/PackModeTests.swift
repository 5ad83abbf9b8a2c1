@testable import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Scan to pack through `ConsoleProgram` on a real store: an order id, then each unit by barcode, SKU or mapped SKU;
/// wrong scans ring the bell and change no count; the ship dialog opens with the last unit, and nothing is stored or
/// queued for Amazon before it is confirmed.
@Suite("Scan to pack")
struct PackModeTests {
    /// Pack mode open on the order to pack, every line still at nought.
    static func packing(size: Size = Size(rows: 24, columns: 80)) throws -> ConsoleFixture {
        let f = try PackFixture.console(size: size)
        f.press(.character("P"))
        f.scan(PackFixture.order)
        return f
    }

    static func packed(_ f: ConsoleFixture) -> [Int] { f.program.state.pack?.tally?.lines.map(\.packed) ?? [] }

    @Test("P opens pack mode from any pane; the order id chooses the order and its open lines show with units to pack")
    func orderIdShowsLines() throws {
        let f = try PackFixture.console()
        f.press(.character("4"), .character("P"))
        #expect(f.program.state.pack != nil && f.program.state.pack?.tally == nil)
        #expect(f.text.contains(tr("pack.ask.order")))
        f.scan(PackFixture.order)
        let tally = try #require(f.program.state.pack?.tally)
        #expect(tally.amazonOrderId == PackFixture.order)
        #expect(tally.lines.map(\.productSku) == ["MUG-BLAU-350", "TEE-MATCHA-100", "BECHER-THAI"])
        #expect(tally.lines.map(\.units) == [2, 1, 2])
        #expect(f.text.contains("0/2") && f.text.contains("0 of 5 units packed"))
        #expect(f.program.state.bells == 0)
    }

    @Test("P on an order in Orders opens pack mode with that order chosen")
    func fromOrdersWithTheSelectedOrder() throws {
        let f = try PackFixture.console()
        let row = try #require(f.program.state.orders.rows.firstIndex { $0.amazonOrderId == PackFixture.order })
        for _ in 0..<row { f.press(.down) }
        f.press(.character("P"))
        #expect(f.program.state.pack?.tally?.amazonOrderId == PackFixture.order)
        #expect(f.program.state.bells == 0)
        // And on an opened order: that order. Esc leaves pack mode back to it.
        f.press(.escape, .character("1"), .enter, .character("P"))
        #expect(f.program.state.pack?.tally?.amazonOrderId == PackFixture.order)
        f.press(.escape)
        #expect(f.program.state.pack == nil && f.program.state.detail?.orderId == PackFixture.order)
    }

    @Test("each right scan ticks one unit: by GTIN, by SKU and by an Amazon SKU mapped to the product")
    func rightScansTick() throws {
        let f = try Self.packing()
        // The GTIN-13 as a scanner of GTIN-14 types it, with a leading zero.
        f.scan("0" + PackFixture.mugGTIN)
        #expect(Self.packed(f) == [1, 0, 0])
        f.scan("MUG-BLAU-350")
        #expect(Self.packed(f) == [2, 0, 0])
        f.scan(PackFixture.mappedSku)
        #expect(Self.packed(f) == [2, 0, 1])
        // The spaces a scanner or a paste may add around a code are not part of it.
        f.scan(" BECHER-THAI ")
        #expect(Self.packed(f) == [2, 0, 2])
        #expect(f.program.state.bells == 0)
        #expect(f.text.contains("✓ 2/2") && f.text.contains("4 of 5 units packed"))
        #expect(f.program.state.dialog == nil, "one unit is still to pack")
    }

    @Test("a product not in the order, an unknown code and one unit too many: refused in red, the bell rung, no count changed")
    func wrongScansRefused() throws {
        let f = try Self.packing()
        f.scan(PackFixture.mugGTIN)
        let before = Self.packed(f)

        f.scan("SIEB-TEE-FEIN")
        #expect(Self.packed(f) == before)
        #expect(f.program.state.bells == 1)
        #expect(f.text.contains("is not in") || f.text.contains("does not hold"))
        try Self.expectRed(f, "SIEB-TEE-FEIN")

        f.scan("0000000000000")
        #expect(Self.packed(f) == before)
        #expect(f.program.state.bells == 2)

        f.scan(PackFixture.mugGTIN)
        f.scan(PackFixture.mugGTIN)
        #expect(Self.packed(f) == [2, 0, 0])
        #expect(f.program.state.bells == 3)
        #expect(f.text.contains("one too many"))
        try Self.expectRed(f, "one too many")
    }

    /// The row that says `text` is drawn in the refusal's red.
    static func expectRed(_ f: ConsoleFixture, _ text: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let screen = f.screen
        let row = try #require((0..<screen.rows).first { screen.text(row: $0).contains(text) }, sourceLocation: sourceLocation)
        let column = try #require(screen.column(of: "✗", row: row), sourceLocation: sourceLocation)
        #expect(screen.cell(row: row, column: column).style.color == .red, sourceLocation: sourceLocation)
    }

    @Test("the ship dialog opens exactly when the last unit is ticked: the same dialog as s, for that order")
    func shipDialogOnTheLastUnit() throws {
        let f = try Self.packing()
        for code in [PackFixture.mugGTIN, PackFixture.mugGTIN, "BECHER-THAI", PackFixture.mappedSku] {
            f.scan(code)
            #expect(f.program.state.dialog == nil)
        }
        f.scan(PackFixture.matchaGTIN)
        guard case .ship(let d) = f.program.state.dialog else {
            Issue.record("the ship dialog is not open: \(String(describing: f.program.state.dialog))")
            return
        }
        #expect(d.order.amazonOrderId == PackFixture.order)
        #expect(d.quantities == [2, 1, 2])
        // Closed without shipping, the packed order waits: Enter on an empty scan line opens the dialog again.
        f.press(.escape)
        #expect(f.program.state.dialog == nil && f.program.state.pack?.tally?.isComplete == true)
        f.press(.enter)
        if case .ship = f.program.state.dialog {} else { Issue.record("Enter did not open the ship dialog again") }
    }

    @Test("nothing in the outbox, the order's record or the activity changes before the ship dialog is confirmed (R29)")
    func nothingStoredBeforeTheDialogIsConfirmed() throws {
        let f = try PackFixture.console()
        let outbox = try f.store.outbox(includeDone: true).count
        let activity = try f.store.activity(limit: 1000).count
        let detail = try f.store.orderDetail(PackFixture.order)
        f.press(.character("P"))
        f.scan(PackFixture.order)
        for code in [PackFixture.mugGTIN, "SIEB-TEE-FEIN", "MUG-BLAU-350", PackFixture.matchaGTIN, "BECHER-THAI", "BECHER-THAI"] { f.scan(code) }
        if case .ship = f.program.state.dialog {} else { Issue.record("the ship dialog is not open") }
        #expect(try f.store.outbox(includeDone: true).count == outbox)
        #expect(try f.store.activity(limit: 1000).count == activity)
        #expect(try f.store.orderDetail(PackFixture.order) == detail)

        // R13: confirmed with a carrier and a valid number, the order ships as from `s`, and pack mode waits for the next order.
        f.press(.up, .character("u"), .tab)
        f.type("1Z5R89390357567127")
        f.press(.enter)
        #expect(try f.store.orderDetail(PackFixture.order).local?.status == .shipped)
        #expect(try f.store.outbox(includeDone: true).count == outbox + 1)
        #expect(f.program.state.dialog == nil)
        #expect(f.program.state.pack != nil && f.program.state.pack?.tally == nil)
    }

    @Test("Esc leaves at once with nothing ticked; with ticks it asks first, No chosen, and No keeps packing")
    func escapeAsksOnceUnitsAreTicked() throws {
        let empty = try PackFixture.console()
        empty.press(.character("P"), .escape)
        #expect(empty.program.state.pack == nil)

        let f = try Self.packing()
        f.press(.escape)
        #expect(f.program.state.pack == nil, "the order chosen, nothing ticked: nothing to lose")

        let g = try Self.packing()
        g.scan(PackFixture.mugGTIN)
        g.press(.escape)
        #expect(g.program.state.pack?.leaving == false)
        #expect(g.text.contains(tr("pack.leave.title")) && g.text.contains("1 unit of \(PackFixture.order) is ticked"))
        g.press(.enter)
        #expect(g.program.state.pack?.leaving == nil && Self.packed(g) == [1, 0, 0], "Enter on No keeps packing")
        g.press(.escape, .character("y"), .enter)
        #expect(g.program.state.pack == nil)
        // ^C asks too, naming the ticks.
        let h = try Self.packing()
        h.scan(PackFixture.mugGTIN)
        h.press(.control("c"))
        #expect(h.program.state.quitQuestion?.lost.contains { $0.contains(PackFixture.order) } == true)
    }

    @Test("the ship action's rules refuse an order: unknown, by Amazon, cancelled, blocked, pending, shipped (R4, R10, R14)")
    func ordersThatMayNotShip() throws {
        let f = try PackFixture.console()
        f.press(.character("P"))
        var bells = 0
        for id in [ParcelFixture.byAmazon, PackFixture.cancelled, PackFixture.blocked, ParcelFixture.pending, ParcelFixture.shipped] {
            let d = try f.store.orderDetail(id)
            let refusal = try #require(d.refusalToShip)
            f.scan(id)
            bells += 1
            #expect(f.program.state.pack?.answer == .refused(refusal.description))
            #expect(f.program.state.pack?.tally == nil)
            #expect(f.program.state.bells == bells)
        }
        f.scan("302-0000000-0000000")
        #expect(f.program.state.pack?.answer == .refused(StoreError.unknownOrder("302-0000000-0000000").description))
        #expect(f.program.state.bells == bells + 1)
    }

    @Test("P on an order the rules refuse (pending, blocked, by Amazon, cancelled, shipped) opens pack mode empty, with no error (R10)")
    func unpackableSelectionOpensEmpty() throws {
        let f = try PackFixture.console()
        for id in [ParcelFixture.pending, PackFixture.blocked, ParcelFixture.byAmazon, PackFixture.cancelled, ParcelFixture.shipped] {
            let row = try #require(f.program.state.orders.rows.firstIndex { $0.amazonOrderId == id }, "\(id) is listed")
            f.press(.character("g"))
            for _ in 0..<row { f.press(.down) }
            #expect(f.program.state.orders.selectedOrder?.amazonOrderId == id)
            f.press(.character("P"))
            // Nothing was scanned yet: no refusal, no bell, the scan line waits for an order id.
            #expect(f.program.state.pack != nil && f.program.state.pack?.tally == nil)
            #expect(f.program.state.pack?.answer == nil, "\(id): \(String(describing: f.program.state.pack?.answer))")
            #expect(f.program.state.bells == 0)
            #expect(f.text.contains(tr("pack.ask.order")) && !f.text.contains("✗"))
            f.press(.escape)
        }
        // A packable order scanned next is chosen as usual.
        f.press(.character("P"))
        f.scan(PackFixture.order)
        #expect(f.program.state.pack?.tally?.amazonOrderId == PackFixture.order)
    }

    @Test("a blocked order scanned in pack mode: the refusal names the fix in the console, not Seller Central (R5)")
    func blockedOrderNamesTheConsolesFix() throws {
        let f = try PackFixture.console()
        f.press(.character("4"), .character("P"))
        f.scan(PackFixture.blocked)
        // R5: mapped, enabled or restocked here, the next sync imports it.
        #expect(f.program.state.pack?.answer == .refused(ActionRefusal.blocked(PackFixture.blocked).description))
        let shown = f.text.replacingOccurrences(of: "\n", with: " ")
        #expect(shown.contains("map its SKU") && !shown.contains("Seller Central"))
        // An order that is only kept (before the connection, or import off) still points to Seller Central.
        let d = try f.store.orderDetail(PackFixture.blocked)
        #expect(OrderActionRules.refusalToShip(d.order, local: nil) == .notImported(PackFixture.blocked))
    }

    @Test("scanned text is data: control characters are left out, a 200-character paste is refused whole and fits the screen")
    func scannedTextIsData() throws {
        let f = try Self.packing()
        f.type("\u{9B}4006\u{0}3813\u{202E}33931\u{7}")
        #expect(f.program.state.pack?.line.text == PackFixture.mugGTIN)
        f.press(.enter)
        #expect(Self.packed(f) == [1, 0, 0])

        let paste = String(repeating: "4006381333931-", count: 15).prefix(200)
        f.type(String(paste))
        #expect(f.program.state.pack?.line.tooLong == true)
        for size in [Size(rows: 24, columns: 80), Size(rows: 10, columns: 30), Size(rows: 48, columns: 160)] {
            f.program.send(.resize(size))
            for line in f.text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= size.columns) }
            // The warning is said whole where the window has room; the text gives way to it.
            if size.columns >= 80 { #expect(f.text.contains(tr("pack.scan.too-long"))) }
        }
        // Enter refuses it without a lookup: no effect for the store, one ring.
        let (after, effects) = Console.update(f.program.state, .key(.enter))
        #expect(effects.isEmpty)
        #expect(after.bells == f.program.state.bells + 1)
        f.press(.enter)
        #expect(Self.packed(f) == [1, 0, 0])
        #expect(f.program.state.pack?.line.text == "")
    }

    @Test("a scan is one lookup for the store; the order's lines are read once, when it is chosen")
    func oneReadPerScan() throws {
        let f = try Self.packing()
        var state = f.program.state
        for c in PackFixture.mugGTIN { state = Console.update(state, .key(.character(c))).0 }
        let (_, effects) = Console.update(state, .key(.enter))
        #expect(effects == [.pack(.scan(PackFixture.mugGTIN))])
    }
}
