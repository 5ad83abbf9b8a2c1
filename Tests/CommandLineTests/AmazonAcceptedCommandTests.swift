import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// `merchant order` and `merchant orders` say where Amazon is with a shipment, in every language: "confirming…" while
/// the confirmation waits, "confirmed" once Amazon accepted it though its report of the order was not read since
/// (a read-back throttled), Amazon's own status once read.
@Suite("Shipped and confirmed by Amazon, from the command line", .serialized, .ownThread)
struct AmazonAcceptedCommandTests {
    static let ups = "1Z5R89390357567127"
    static let languages: [(Language, [String: String?])] = [
        (.english, LanguageCommandTests.english), (.german, LanguageCommandTests.german), (.thai, LanguageCommandTests.thai),
    ]

    static func say(_ language: Language, _ key: String) -> String { LanguageCommandTests.text(language) { tr(key) } }

    static func row(_ list: String, _ id: String) -> String { list.split(separator: "\n").first { $0.contains(id) }.map(String.init) ?? "" }

    @Test("a shipment waiting is confirming…; once Amazon accepted it, confirmed, in English, German and Thai")
    func acceptedInEveryLanguage() throws {
        // R13, R29
        let m = MerchantBinary()
        let id = try m.paidOrder()
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", Self.ups)
        for (language, environment) in Self.languages {
            let detail = try m.run(["order", id], environment: environment).stdout
            #expect(detail.contains(Self.say(language, "commands.order.confirming")), "\(detail)")
            #expect(!detail.contains(Self.say(language, "commands.order.accepted")), "\(detail)")
            #expect(Self.row(try m.run(["orders"], environment: environment).stdout, id).contains(Self.say(language, "commands.orders.confirming")))
        }

        // Amazon accepted the confirmation; its report of the order is not read since (what a throttled read-back leaves).
        let store = try MerchantStore.open(at: m.home.appendingPathComponent("merchant.sqlite").path)
        let message = try #require(try store.openOutbox(kind: .shipment).first)
        try store.updateOutbox(ids: [message.id], state: .done, countAttempt: true, at: Date())
        for (language, environment) in Self.languages {
            let detail = try m.run(["order", id], environment: environment).stdout
            #expect(detail.contains(Self.say(language, "commands.order.accepted")), "\(detail)")
            #expect(detail.contains(Self.say(language, "commands.order.package-accepted")), "\(detail)")
            #expect(!detail.contains(Self.say(language, "commands.order.confirming")), "\(detail)")
            let row = Self.row(try m.run(["orders"], environment: environment).stdout, id)
            #expect(row.contains(Self.say(language, "commands.orders.accepted")) && !row.contains(Self.say(language, "commands.orders.confirming")), "\(row)")
        }

    }
}
