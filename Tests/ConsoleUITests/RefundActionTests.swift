import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// Refunding from the console: `r` in Orders, on an opened order and on a request in Refunds; keys in,
/// the store's refund queue out. Nothing reaches the store without Yes, and a refusal changes nothing.
@Suite("Refunds from the console")
struct RefundActionTests {
    static let first = "302-0000001-0000001"

    var refundDialog: (ConsoleFixture) -> RefundDialog? = { f in
        if case .refund(let d) = f.program.state.dialog { return d }
        return nil
    }

    /// Reason: the first of Amazon's (CustomerReturn); then Yes, and Enter.
    static func chooseReasonAndConfirm(_ f: ConsoleFixture) {
        f.press(.tab, .right, .tab, .character("y"), .enter)
    }

    /// The refunds of an order in the store's queue.
    static func queue(_ f: ConsoleFixture, _ id: String = first) throws -> [RefundEntry] {
        try f.store.refundQueue(limit: 500).filter { $0.amazonOrderId == id }
    }

    @Test("r opens the dialog with what is still refundable; Yes refunds it through the store (R20, R22)")
    func confirmRefunds() throws {
        let f = try ConsoleFixture()
        f.press(.character("r"))
        let d = try #require(refundDialog(f))
        #expect(d.order.amazonOrderId == Self.first)
        #expect(d.amount.text == "12.99")
        #expect(d.chosenReason == nil)  // R22: the merchant gives the reason
        #expect(f.text.contains("the buyer gets 12.99 EUR back"))
        Self.chooseReasonAndConfirm(f)
        // R20: made in the console, queued for Amazon.
        let entries = try Self.queue(f)
        #expect(entries.count == 1)
        #expect(entries.first?.state == .waiting && entries.first?.amount?.minorUnits == 1299 && entries.first?.reason == "CustomerReturn")
        #expect(try f.store.outbox(includeDone: true).contains { $0.kind == .refund && $0.subject == Self.first })
        #expect(f.program.state.dialog == nil)
        #expect(f.text.contains("Refunding 12.99 EUR of \(Self.first) (CustomerReturn)"))
    }

    @Test("the question defaults to No: Enter closes and nothing changes (R30)")
    func defaultNo() throws {
        let f = try ConsoleFixture()
        let outbox = try f.store.outbox(includeDone: true)
        f.press(.character("r"), .tab, .right, .tab)
        #expect(f.text.contains("[ No ]"))
        f.press(.enter)
        #expect(f.program.state.dialog == nil)
        #expect(f.text.contains("Not refunded: \(Self.first) is unchanged."))
        #expect(try Self.queue(f).isEmpty)
        #expect(try f.store.outbox(includeDone: true) == outbox)
    }

    @Test("Esc closes the dialog and changes nothing (R30)")
    func escape() throws {
        let f = try ConsoleFixture()
        f.press(.character("r"), .tab, .right, .escape)
        #expect(f.program.state.dialog == nil)
        #expect(try Self.queue(f).isEmpty)
    }

    @Test("an amount over what is refundable is refused as typed and on Enter; nothing changes (R22, R30)")
    func aboveRefundable() throws {
        let f = try ConsoleFixture()
        f.press(.character("r"))
        for _ in 0..<5 { f.press(.backspace) }
        f.type("20.00")
        // R22: the rules' own words, as the amount is typed.
        #expect(f.text.contains("20.00 EUR is more than the") && f.text.contains("12.99 EUR still"))
        Self.chooseReasonAndConfirm(f)
        let d = try #require(refundDialog(f))
        #expect(d.problem?.hasPrefix("Cannot refund yet:") == true)
        #expect(try Self.queue(f).isEmpty)
        // Zero is no refund either (R22).
        for _ in 0..<2 { f.press(.backTab) }
        for _ in 0..<5 { f.press(.backspace) }
        f.type("0")
        #expect(f.text.contains("greater than zero"))
        #expect(try Self.queue(f).isEmpty)
    }

    @Test("a refund the store refuses keeps the dialog open: Refused, nothing was changed (R22, R30)")
    func storeRefusal() throws {
        let f = try ConsoleFixture()
        f.press(.character("r"))
        // Meanwhile a script refunds 10.00 of it: the dialog's 12.99 is now more than is left.
        try f.store.refund(Self.first, amount: RefundFixture.eur(1000), reason: .generalAdjustment, actor: "cli", at: ConsoleFixture.now)
        let before = try Self.queue(f)
        Self.chooseReasonAndConfirm(f)
        let d = try #require(refundDialog(f))
        #expect(d.problem?.hasPrefix("Refused: ") == true)
        #expect(d.problem?.hasSuffix("Nothing was changed.") == true)
        #expect(d.problem?.contains("2.99 EUR still refundable") == true)
        #expect(try Self.queue(f) == before)  // R30
    }

    @Test("an order refunded on Amazon: the dialog warns, the refund fails with the notice, the queue has it failed (R21)")
    func alreadyRefundedOnAmazon() throws {
        let f = try ConsoleFixture()
        try RefundFixture.refundOnAmazon(f.store, Self.first, 1299, hour: 70)
        f.press(.character("r"))
        // R21: said before Enter too.
        #expect(f.text.contains("! would fail, already refunded on Amazon"))
        Self.chooseReasonAndConfirm(f)
        // R21: a notice says so in full, and the line above the footer keeps it after the box closes.
        guard case .notice(let notice)? = f.program.state.dialog else {
            Issue.record("no notice: \(String(describing: f.program.state.dialog))")
            return
        }
        #expect(notice.text.contains("already refunded on Amazon"))
        #expect(notice.text.contains("stays in the refund queue"))
        f.press(.character("x"))
        #expect(f.program.state.dialog == nil)
        #expect(f.program.state.flash?.text.contains("already refunded on Amazon") == true)
        let entries = try Self.queue(f)
        #expect(entries.count == 1 && entries.first?.state == .failed)
        #expect(entries.first?.failure?.contains("already refunded on Amazon") == true)
        // Not sent: nothing for Amazon in the outbox.
        #expect(try !f.store.outbox(includeDone: true).contains { $0.kind == .refund })
        // The pane shows it failed, with the reason.
        f.press(.character("3"))
        #expect(f.text.contains("Failed (1)"))
        #expect(f.text.contains("already refunded"))
    }

    @Test("the totals keep Amazon's refunds apart from the console's own (R23)")
    func totalsApart() throws {
        let f = try RefundFixture.console()
        f.press(.character("3"))
        let totals = try f.store.refundTotals()
        let eur = try #require(totals.lines.first { $0.currency == "EUR" })
        // R23: done 12.99, waiting 5.00, failed 12.99 by the console; 15.99 on Amazon, never summed with them.
        #expect(eur.done.minorUnits == 1299 && eur.waiting.minorUnits == 500 && eur.failed.minorUnits == 1299)
        #expect(eur.onAmazon.minorUnits == 1599)
        #expect(f.text.contains("console: 12.99 done · 5.00 waiting · 12.99 failed │ on Amazon: 15.99"))
        for mixed in ["17.99", "28.98", "20.99", "31.97"] { #expect(!f.text.contains(mixed)) }
    }

    @Test("Enter on a request refunds that order with the suggested amount and CustomerReturn; the request is settled")
    func requestFromThePane() throws {
        let f = try RefundFixture.console()
        f.press(.character("3"))
        let item = try #require(f.program.state.refunds.selectedItem)
        guard case .own(let request) = item, request.state == .requested else {
            Issue.record("the first entry is not a request: \(item)")
            return
        }
        f.press(.enter)
        let d = try #require(refundDialog(f))
        #expect(d.order.amazonOrderId == request.amazonOrderId)
        #expect(d.amount.text == request.suggested?.amountText)
        #expect(d.chosenReason == .customerReturn)
        f.press(.tab, .tab, .character("y"), .enter)
        let after = try Self.queue(f, request.amazonOrderId)
        // The request itself became the refund: one entry, waiting for Amazon.
        #expect(after.count == 1 && after.first?.id == request.id && after.first?.state == .waiting)
        #expect(f.program.state.refunds.window?.queue.first { $0.id == request.id }?.state == .waiting)  // the pane read it again
    }

    @Test("r on a request in the pane does the same; Enter on another entry opens its order")
    func keysInThePane() throws {
        let f = try RefundFixture.console()
        f.press(.character("3"), .character("r"))
        #expect(refundDialog(f)?.chosenReason == .customerReturn)
        f.press(.escape, .character("G"))
        guard case .amazon(let last)? = f.program.state.refunds.selectedItem else {
            Issue.record("G did not reach the refunds made on Amazon")
            return
        }
        #expect(f.text.contains("refunded on Amazon"))
        f.press(.enter)
        #expect(f.program.state.detail?.orderId == last.amazonOrderId)
        // R23: the order's own refund and Amazon's, apart.
        #expect(f.program.state.detail?.refunds?.own.count == 1 && f.program.state.detail?.refunds?.onAmazon.count == 1)
        f.press(.escape)
        #expect(f.program.state.pane == .refunds && f.program.state.detail == nil)
    }

    @Test("j/k move over every entry; the selected one stays on screen at 80x24")
    func scrolling() throws {
        let f = try RefundFixture.console()
        f.press(.character("3"))
        let count = f.program.state.refunds.window.map { $0.queue.count + $0.onAmazon.count } ?? 0
        #expect(count == 7)
        for _ in 0..<count { f.press(.character("j")) }
        #expect(f.program.state.refunds.selected == count - 1)
        // The list is longer than the pane here: it scrolled, and the selected row is the one highlighted.
        #expect(f.program.state.refunds.top > 0)
        let screen = f.screen
        let highlighted = (2..<screen.rows - 3).filter { screen.cell(row: $0, column: 0).style.reverse }
        #expect(highlighted.count == 1)
        #expect(highlighted.first.map { screen.text(row: $0).contains("Zoë 😀 Müller") } == true)
        f.press(.character("g"))
        #expect(f.program.state.refunds.selected == 0 && f.program.state.refunds.top == 0)
    }

    @Test("r on a pending order, or with import off, says why in the rules' words")
    func notAvailable() throws {
        let f = try ConsoleFixture()
        for _ in 0..<7 { f.press(.down) }
        #expect(f.program.state.orders.selectedOrder?.amazonOrderId == "302-0000008-0000008")
        f.press(.character("r"))
        guard case .notice(let n)? = f.program.state.dialog else {
            Issue.record("no notice for a pending order")
            return
        }
        #expect(n.title == "r refund: not available")
        #expect(n.text == RefundRules.refusal(ConsoleFixture.mixedOrders[7], local: nil)!.description + ".")
        f.press(.escape)

        let readOnly = try ConsoleFixture(importOrders: false)
        readOnly.press(.enter, .character("r"))
        guard case .notice(let m)? = readOnly.program.state.dialog else {
            Issue.record("no notice for an order that was not imported")
            return
        }
        #expect(m.text == RefundRules.refusal(ConsoleFixture.mixedOrders[0], local: nil)!.description + ".")
        #expect(try readOnly.store.refundQueue().isEmpty)
    }

    @Test("a refund written by another process shows in the pane at the next tick")
    func live() throws {
        let f = try ConsoleFixture()
        f.press(.character("3"))
        #expect(f.text.contains("No refunds yet"))
        let other = try MerchantStore.open(at: f.store.path)
        try other.refund(Self.first, amount: RefundFixture.eur(500), reason: .priceError, actor: "cli", at: ConsoleFixture.now)
        f.program.tick()
        #expect(f.text.contains("Waiting for Amazon (1)"))
        #expect(f.text.contains("PriceError"))
    }
}
