import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// The habits a merchant brings from other terminal programs (issue 13): quitting asks before work is lost,
/// text fields edit at a cursor, F steps the filter back, ←/→ change the sync interval, and the mouse.
@Suite("A merchant's habits")
struct MerchantHabitsTests {
    static let first = "302-0000001-0000001"
    static let second = "302-0000002-0000002"

    var shipDialog: (ConsoleFixture) -> ShipDialog? = { f in
        if case .ship(let d) = f.program.state.dialog { return d }
        return nil
    }

    // MARK: quitting

    @Test("q with nothing to lose quits at once")
    func quitAtOnce() throws {
        let f = try ConsoleFixture()
        f.press(.character("q"))
        #expect(f.program.state.quit)
        #expect(f.program.state.quitQuestion == nil)
    }

    @Test("q with marked orders asks, No chosen: Enter keeps the marks and the console")
    func quitWithMarksNo() throws {
        let f = try ConsoleFixture()
        // Space marks and moves on.
        f.press(.character(" "), .character(" "))
        #expect(f.program.state.orders.marked == [Self.first, Self.second])
        f.press(.character("q"))
        #expect(!f.program.state.quit)
        #expect(f.text.contains("Quit merchant? The 2 marked orders will be lost."))
        #expect(f.text.contains("[ No ]"))
        f.press(.enter)
        #expect(!f.program.state.quit)
        #expect(f.program.state.quitQuestion == nil)
        #expect(f.program.state.orders.marked == [Self.first, Self.second])
        // Esc says No as well.
        f.press(.control("c"))
        #expect(f.program.state.quitQuestion != nil)
        f.press(.escape)
        #expect(!f.program.state.quit && f.program.state.orders.marked.count == 2)
    }

    @Test("q with marked orders asks; Yes (→ or y, then Enter) quits")
    func quitWithMarksYes() throws {
        let f = try ConsoleFixture()
        f.press(.character(" "), .character("q"), .right)
        #expect(f.text.contains("[ Yes ]"))
        #expect(!f.program.state.quit)
        f.press(.enter)
        #expect(f.program.state.quit)

        let g = try ConsoleFixture()
        g.press(.character(" "), .character("q"), .character("y"), .enter)
        #expect(g.program.state.quit)
    }

    @Test("Ctrl-C in a dialog typed into asks; No keeps the dialog and its text; Ctrl-C twice quits")
    func quitFromFilledDialog() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        f.type("1Z5R")
        f.press(.control("c"))
        #expect(!f.program.state.quit)
        #expect(f.text.contains("What you typed in the dialog will be lost."))
        f.press(.enter)
        #expect(shipDialog(f)?.tracking.text == "1Z5R")
        #expect(!f.program.state.quit)
        f.press(.control("c"), .control("c"))
        #expect(f.program.state.quit)
    }

    @Test("Ctrl-C in a dialog nothing was typed into quits at once")
    func quitFromUntouchedDialog() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"), .tab)
        #expect(shipDialog(f) != nil)
        f.press(.control("c"))
        #expect(f.program.state.quit)
    }

    // MARK: text fields

    @Test("Ctrl-U clears the field; so it does in the search line")
    func controlUClears() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        f.type("1Z999")
        f.press(.control("u"))
        #expect(shipDialog(f)?.tracking.text == "")
        f.type("1Z5R")
        #expect(shipDialog(f)?.tracking.text == "1Z5R")
        f.press(.escape, .character("/"))
        f.type("jurg")
        f.press(.control("u"))
        #expect(f.program.state.searchInput == "")
    }

    @Test("←/→ move the cursor in a text field; typing goes in at it, Backspace and Delete work there; the cursor is drawn there")
    func cursorInTextField() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        f.type("1Z5R8939035756712")
        // The 7 at the end was forgotten before the last digit: ← twice, type it.
        f.press(.left)
        f.type("7")
        #expect(shipDialog(f)?.tracking.text == "1Z5R89390357567172")
        f.press(.left, .backspace)
        #expect(shipDialog(f)?.tracking.text == "1Z5R8939035756772")
        f.press(.delete)
        #expect(shipDialog(f)?.tracking.text == "1Z5R893903575672")
        f.press(.home, .delete, .character("2"))
        #expect(shipDialog(f)?.tracking.text == "2Z5R893903575672")
        f.press(.end)
        f.type("7")
        #expect(shipDialog(f)?.tracking.text == "2Z5R8939035756727")
        // The cursor is a reverse cell on the character it stands on.
        f.press(.home, .right)
        let screen = f.screen
        let row = try #require((0..<screen.rows).first { screen.text(row: $0).contains("2Z5R8939035756727") })
        let column = try #require(screen.column(of: "2Z5R8939035756727", row: row))
        #expect(screen.cell(row: row, column: column + 1).text == "Z")
        #expect(screen.cell(row: row, column: column + 1).style.reverse)
        #expect(!screen.cell(row: row, column: column).style.reverse)
    }

    @Test("←/→ still choose where the field is a choice (the carrier) or a quantity (an item)")
    func arrowsStillChoose() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        let carrier = try #require(shipDialog(f)?.carrier)
        f.press(.backTab, .right)
        #expect(shipDialog(f)?.carrier != carrier)
        // Tracking, date, then the item: one unit less.
        f.press(.tab, .tab, .tab)
        let before = try #require(shipDialog(f)?.quantities.first)
        f.press(.left)
        #expect(shipDialog(f)?.quantities.first == before - 1)
    }

    // MARK: keys of the panes

    @Test("F steps the Orders filter backwards, f forwards")
    func filterBackwards() throws {
        let f = try ConsoleFixture()
        #expect(f.program.state.orders.filter == .all)
        f.press(.character("F"))
        #expect(f.program.state.orders.filter == .importState(.readOnly))
        f.press(.character("F"))
        #expect(f.program.state.orders.filter == .status(.cancelled))
        f.press(.character("f"), .character("f"))
        #expect(f.program.state.orders.filter == .all)
        #expect(f.text.contains("filter all"))
    }

    @Test("in Settings ←/- shorten the sync interval and →/+ lengthen it, as the line says (R28)")
    func intervalArrows() throws {
        let f = try ConsoleFixture()
        f.press(.character("4"), .down, .down, .down)
        #expect(f.text.contains("Sync interval                      1m   ←/- shorter, →/+ longer"))
        f.press(.right)
        #expect(try f.store.settings().syncIntervalSeconds == 120)
        f.press(.character("+"))
        #expect(try f.store.settings().syncIntervalSeconds == 300)
        f.press(.left, .left)
        #expect(try f.store.settings().syncIntervalSeconds == 60)
        f.press(.character("-"))
        #expect(try f.store.settings().syncIntervalSeconds == 30)
        // On another row the arrows change nothing, and say why.
        f.press(.up, .right)
        #expect(try f.store.settings().syncIntervalSeconds == 30)
        #expect(try f.store.settings().reservePending == true)
        #expect(f.text.contains("→: not here, because it changes the sync interval: select that row first"))
    }

    @Test("F1 shows every key, and closes them again")
    func functionKeyHelp() throws {
        let f = try ConsoleFixture()
        f.press(.function(1))
        #expect(f.program.state.showHelp)
        f.press(.function(1))
        #expect(!f.program.state.showHelp)
    }

    // MARK: the mouse

    /// The row of the screen that shows `text`.
    func row(_ f: ConsoleFixture, _ text: String) throws -> Int {
        let screen = f.screen
        return try #require((0..<screen.rows).first { screen.text(row: $0).contains(text) }, "no row shows \(text)")
    }

    @Test("a click on an order's row selects it")
    func clickSelectsRow() throws {
        let f = try ConsoleFixture()
        let y = try row(f, "302-0000004-0000004")
        f.program.send(.mouse(Mouse(row: y, column: 30, kind: .click)))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "302-0000004-0000004")
        #expect(f.screen.cell(row: y, column: 2).style.reverse)
        // The header and the title above the rows are not orders: a click there changes nothing.
        f.program.send(.mouse(Mouse(row: y - 4, column: 2, kind: .click)))
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "302-0000004-0000004")
        #expect(f.program.state.pane == .orders)
    }

    @Test("a click on a tab opens its pane; a click on a setting selects it")
    func clickSelectsTab() throws {
        let f = try ConsoleFixture()
        let x = try #require(f.screen.column(of: "4 Settings", row: 0))
        f.program.send(.mouse(Mouse(row: 0, column: x + 3, kind: .click)))
        #expect(f.program.state.pane == .settings)
        f.program.send(.mouse(Mouse(row: 0, column: try #require(f.screen.column(of: "2 Pending", row: 0)), kind: .click)))
        #expect(f.program.state.pane == .pending)
        f.press(.character("4"))
        f.program.send(.mouse(Mouse(row: try row(f, "Sync interval"), column: 10, kind: .click)))
        #expect(f.program.state.settings.selected == 3)
    }

    @Test("the wheel moves down and up the list, a few rows a turn")
    func wheelScrolls() throws {
        let f = try ConsoleFixture()
        f.program.send(.mouse(Mouse(row: 10, column: 10, kind: .wheelDown)))
        #expect(f.program.state.orders.selected == 3)
        f.program.send(.mouse(Mouse(row: 10, column: 10, kind: .wheelDown)))
        #expect(f.program.state.orders.selected == 6)
        f.program.send(.mouse(Mouse(row: 10, column: 10, kind: .wheelUp)))
        #expect(f.program.state.orders.selected == 3)
        // In the help overlay the wheel scrolls the help.
        f.press(.character("?"))
        f.program.send(.mouse(Mouse(row: 10, column: 10, kind: .wheelDown)))
        #expect(f.program.state.helpScroll == 3)
    }

    @Test("the wheel past the window reads the next one: three rows a turn, as three ↓ do")
    func wheelPastWindow() throws {
        let f = try ConsoleFixture(orders: ConsoleBehaviourTests.many)
        let first = f.program.state.orders.rows
        for _ in 0..<12 { f.program.send(.mouse(Mouse(row: 10, column: 10, kind: .wheelDown))) }
        let keys = try ConsoleFixture(orders: ConsoleBehaviourTests.many)
        for _ in 0..<36 { keys.press(.down) }
        let selected = try #require(f.program.state.orders.selectedOrder)
        #expect(selected.amazonOrderId == keys.program.state.orders.selectedOrder?.amazonOrderId)
        #expect(f.program.state.orders.rows.first?.amazonOrderId != first.first?.amazonOrderId)
        #expect(!first.contains { $0.amazonOrderId == selected.amazonOrderId })
    }

    @Test("with a dialog open the mouse does nothing: the dialog takes keys only")
    func mouseInDialog() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"))
        f.program.send(.mouse(Mouse(row: 0, column: 30, kind: .click)))
        f.program.send(.mouse(Mouse(row: 10, column: 10, kind: .wheelDown)))
        #expect(f.program.state.pane == .orders)
        #expect(shipDialog(f) != nil)
        #expect(f.program.state.orders.selected == 0)
    }
}
