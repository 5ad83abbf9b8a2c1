import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// What the command line prints for a person reads in the merchant's language, whichever language wrote it down:
/// an order's history and Amazon's status (`merchant order`), the outbox's kinds and states; what a script reads
/// (`--json`) never changes.
@Suite("Stored words and codes on the command line", .serialized, .ownThread)
struct StoredWordsCommandTests {
    static let english = LanguageCommandTests.english
    static let german = LanguageCommandTests.german
    static let thai = LanguageCommandTests.thai

    @Test("merchant order: Amazon's status and the history in German and Thai, written by an English sync")
    func orderInTheReadersLanguage() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()  // synced by a process that speaks English
        let english = try m.run(["order", id], environment: Self.english).stdout
        #expect(english.contains("UNSHIPPED") && english.contains("received as UNSHIPPED"))
        let german = try m.run(["order", id], environment: Self.german).stdout
        #expect(german.contains("nicht versendet") && german.contains("eingegangen als nicht versendet"), "\(german)")
        #expect(!german.contains("received as") && !german.contains("UNSHIPPED"))
        let thai = try m.run(["order", id], environment: Self.thai).stdout
        #expect(thai.contains("ได้รับคำสั่งซื้อ สถานะ ยังไม่จัดส่ง"), "\(thai)")
    }

    @Test("merchant outbox names kinds and states in the language; outbox --json and shop orders --json stay the same")
    func outboxWordsAndMachineOutput() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        let german = try m.run(["outbox"], environment: Self.german).stdout
        let shipment = LanguageCommandTests.text(.german) { tr("outbox.kind.shipment") }
        let queued = LanguageCommandTests.text(.german) { tr("outbox.state.queued") }
        #expect(german.contains(shipment) && german.contains(queued) && !german.contains("shipment "), "\(german)")
        #expect(try m.run(["outbox"], environment: Self.english).stdout.contains("shipment"))
        for command in [["outbox", "--json"], ["shop", "orders", "--json"], ["activity", "--json"]] {
            let outputs = try [Self.english, Self.german, Self.thai].map { try m.run(command, environment: $0) }
            #expect(outputs.allSatisfy { $0.status == 0 })
            #expect(outputs[1].stdout == outputs[0].stdout && outputs[2].stdout == outputs[0].stdout,
                    "merchant \(command.joined(separator: " ")) differs by language")
        }
    }
}
