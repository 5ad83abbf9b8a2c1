import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// What merchants type in the dialogs: a German amount ("5,00") in the refund and cancel dialogs, and a
/// Japanese carrier in the ship dialog's picker (issue 13, items 11 and 12).
@Suite("Dialogs read German amounts and offer Japanese carriers")
struct TypedInputDialogTests {
    static let first = "302-0000001-0000001"

    @Test("a refund of 5,00 typed in the dialog refunds 5.00 EUR (R22)")
    func refundDialogReadsADecimalComma() throws {
        let f = try ConsoleFixture()
        f.press(.character("r"))
        for _ in 0..<5 { f.press(.backspace) }
        f.type("5,00")
        #expect(f.text.contains("the buyer gets 5.00 EUR back"), "\(f.text)")
        f.press(.tab, .right, .tab, .character("y"), .enter)
        let entries = try f.store.refundQueue(limit: 500).filter { $0.amazonOrderId == Self.first }
        #expect(entries.map { $0.amount?.minorUnits } == [500])
        #expect(f.text.contains("Refunding 5.00 EUR of \(Self.first)"))
    }

    @Test("an unclear amount is refused as typed, saying what to write; nothing changes (R30)")
    func refundDialogRefusesAnUnclearAmount() throws {
        let f = try ConsoleFixture()
        f.press(.character("r"))
        for _ in 0..<5 { f.press(.backspace) }
        f.type("1,234")
        #expect(f.text.contains("is unclear"), "\(f.text)")
        f.press(.tab, .right, .tab, .character("y"), .enter)
        #expect(try f.store.refundQueue(limit: 500).filter { $0.amazonOrderId == Self.first }.isEmpty)
    }

    @Test("a cancellation refund of 12,99 typed in the dialog cancels with 12.99 EUR (R18)")
    func cancelDialogReadsADecimalComma() throws {
        let f = try ConsoleFixture()
        f.press(.character("c"), .right, .right, .right, .right)  // BuyerCanceled
        f.press(.tab)
        for _ in 0..<5 { f.press(.backspace) }
        f.type("12,99")
        f.press(.tab, .character("y"), .enter)
        let cancellations = try f.store.outbox(includeDone: true).filter { $0.kind == .cancellation && $0.subject == Self.first }
        #expect(cancellations.count == 1)
        #expect(f.text.contains("refunding 12.99 EUR"), "\(f.text)")
    }

    @Test("the carrier picker offers Yamato Transport by name; Amazon gets its code YamatoTransport (R13)")
    func shipWithYamato() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"), .up, .character("y"))
        #expect(f.text.contains("Yamato Transport"), "\(f.text)")
        f.press(.tab)
        f.type("4444-1375-8704")
        #expect(f.text.contains("fails its check digit"), "\(f.text)")
        for _ in 0..<14 { f.press(.backspace) }
        f.type("4444-1375-8703")
        f.press(.enter)
        #expect(f.text.contains("Shipped 1 unit of \(Self.first) with Yamato Transport 444413758703"), "\(f.text)")
        let shipment = try #require(try f.store.outbox(includeDone: true).first { $0.kind == .shipment && $0.subject == Self.first })
        let payload = String(decoding: shipment.payload, as: UTF8.self)
        #expect(payload.contains("\"YamatoTransport\""), "\(payload)")
    }

    @Test("the picker steps through Sagawa Express and Japan Post too")
    func pickerHasAllThree() throws {
        let f = try ConsoleFixture()
        f.press(.character("s"), .up, .character("s"))
        #expect(f.text.contains("Sagawa Express"), "\(f.text)")
        f.press(.character("j"))
        #expect(f.text.contains("Japan Post"), "\(f.text)")
    }
}
