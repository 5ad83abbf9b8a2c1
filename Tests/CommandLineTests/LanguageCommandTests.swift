import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// The command line in English, German and Thai: chosen from the environment as Unix programs choose, or by the
/// `language` setting; machine output the same in every language.
@Suite("The command line speaks the merchant's language", .serialized, .ownThread)
struct LanguageCommandTests {
    /// The environment of one run: only the variables given, the test's own language variables removed.
    static func speaking(_ variables: [String: String]) -> [String: String?] {
        var environment: [String: String?] = ["LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil, "LANG": nil]
        for (name, value) in variables { environment[name] = value }
        return environment
    }

    static let english = speaking(["LANG": "C.UTF-8"])
    static let german = speaking(["LANG": "de_DE.UTF-8"])
    static let thai = speaking(["LANG": "th_TH.UTF-8"])

    /// A catalogue text as `language` writes it, for comparing what the binary printed.
    static func text(_ language: Language, _ make: () -> String) -> String { Language.$override.withValue(language, operation: make) }

    @Test("a wrong tracking number is refused in German and Thai: the same frame and exit status, nothing shipped")
    func wrongTrackingInGermanAndThai() throws {
        // R13, R30
        let m = MerchantBinary()
        let id = try m.paidOrder()
        let ship = ["ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567128"]
        let inEnglish = try m.run(ship, environment: Self.english)
        #expect(inEnglish.status == 1 && inEnglish.stderr.hasPrefix("merchant: ") && inEnglish.stderr.contains("check"))
        for environment in [Self.german, Self.thai] {
            let refused = try m.run(ship, environment: environment)
            #expect(refused.status == 1)
            #expect(refused.stderr.hasPrefix("merchant: ") && refused.stderr.hasSuffix("\n"), "\(refused.stderr)")
            #expect(refused.stdout.isEmpty)
            // The refusal itself is MerchantCore's, in the merchant's language: not the English words, and the words of
            // a failed check digit ("Prüfziffer", "เลขตรวจสอบ") with the number typed.
            #expect(refused.stderr != inEnglish.stderr, "the refusal is still in English: \(refused.stderr)")
            #expect(refused.stderr.contains("1Z5R89390357567128"))
        }
        #expect(try m.run(ship, environment: Self.german).stderr.contains("Prüfziffer"))
        #expect(try m.run(ship, environment: Self.thai).stderr.contains("เลขตรวจสอบ"))
        #expect((try m.json("order", id, "--json") as? JSONObject)?["localStatus"] as? String == "processing")
    }

    @Test("the command line's own refusal of a ship without a tracking number is in German and in Thai")
    func ownRefusalTranslated() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        for (environment, language) in [(Self.german, Language.german), (Self.thai, .thai), (Self.english, .english)] {
            let refused = try m.run(["ship", id, "--carrier", "UPS"], environment: environment)
            #expect(refused.status == 1)
            #expect(refused.stderr == "merchant: " + Self.text(language) { tr("commands.ship.needs") } + "\n")
        }
        let english = try m.run(["ship", id, "--carrier", "UPS"], environment: Self.english)
        #expect(english.stderr == "merchant: ship needs an order id, --carrier and --tracking (or --csv FILE)\n")
    }

    @Test("orders --json, order --json and catalog --json are byte for byte the same in English, German and Thai")
    func machineOutputNeverChanges() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder()
        try m.ok("ship", id, "--carrier", "UPS", "--tracking", "1Z5R89390357567127")
        _ = try m.paidOrder()
        for command in [["orders", "--json"], ["order", id, "--json"], ["catalog", "--json"], ["refunds", "--json"]] {
            let outputs = try [Self.english, Self.german, Self.thai].map { try m.run(command, environment: $0) }
            #expect(outputs.allSatisfy { $0.status == 0 })
            #expect(outputs[1].stdout == outputs[0].stdout, "merchant \(command.joined(separator: " ")) differs in German")
            #expect(outputs[2].stdout == outputs[0].stdout, "merchant \(command.joined(separator: " ")) differs in Thai")
        }
        // The amounts stay as SP-API writes them, whatever the language writes for a person.
        #expect(try m.run(["orders", "--json"], environment: Self.german).stdout.contains(#""amount" : "12.90""#))
    }

    @Test("merchant orders in German and Thai: every row's columns start where their headers do, by display width")
    func ordersColumnsAlign() throws {
        let m = MerchantBinary()
        // Names whose display width is not their number of characters: emoji and CJK are two columns wide.
        var ids: [String: String] = [:]
        for buyer in ["Olivia Brown 🌷", "山田太郎", "สมชาย ใจดี", "Jürgen Groß"] {
            let id = try m.ok("sim", "place", "--sku", "MUG-BLAU-350", "--buyer", buyer).trimmingCharacters(in: .whitespacesAndNewlines)
            ids[id] = buyer
        }
        try m.ok("sync")
        for (environment, language) in [(Self.german, Language.german), (Self.thai, .thai)] {
            let printed = try m.run(["orders"], environment: environment)
            #expect(printed.status == 0)
            let lines = printed.stdout.split(separator: "\n").map(String.init)
            let header = try #require(lines.first)
            let buyerColumn = try #require(Self.column(of: Self.text(language) { tr("commands.orders.col.buyer") }, in: header))
            let totalColumn = try #require(Self.column(of: Self.text(language) { tr("commands.orders.col.total") }, in: header))
            #expect(Self.column(of: Self.text(language) { tr("commands.orders.col.order") }, in: header) == 0)
            for (id, buyer) in ids {
                let row = try #require(lines.first { $0.hasPrefix(id) }, "no row of \(id) in\n\(printed.stdout)")
                #expect(Self.column(of: buyer, in: row) == buyerColumn, "\(buyer) in\n\(header)\n\(row)")
                let total = Self.text(language) { LanguageFormat.money(Money(minorUnits: 1290, currency: "EUR"), language) }
                #expect(Self.column(of: total, in: row) == totalColumn, "\(total) in\n\(header)\n\(row)")
            }
        }
    }

    @Test("merchant order and settings show in German and Thai: every value starts in one column after its label")
    func labelledValuesAlign() throws {
        let m = MerchantBinary()
        let id = try m.ok("sim", "place", "--sku", "MUG-BLAU-350", "--buyer", "สมชาย ใจดี").trimmingCharacters(in: .whitespacesAndNewlines)
        try m.ok("sync")
        for (environment, language) in [(Self.german, Language.german), (Self.thai, .thai)] {
            let order = try m.run(["order", id], environment: environment).stdout
            let buyer = try #require(order.split(separator: "\n").map(String.init).first { $0.contains("สมชาย ใจดี") })
            let total = try #require(order.split(separator: "\n").map(String.init).first {
                $0.contains(LanguageFormat.money(Money(minorUnits: 1290, currency: "EUR"), language))
            })
            #expect(Self.column(of: "สมชาย ใจดี", in: buyer) == Self.column(of: LanguageFormat.money(Money(minorUnits: 1290, currency: "EUR"), language), in: total),
                    "\(buyer)\n\(total)")
            let settings = try m.run(["settings", "show"], environment: environment).stdout
            let seller = try #require(settings.split(separator: "\n").map(String.init).first { $0.hasSuffix("A2DEMOSELLER01") })
            let nextLabel = Self.text(language) { tr("commands.settings.next-sync") }
            let next = try #require(settings.split(separator: "\n").map(String.init).first { $0.hasPrefix(nextLabel) })
            let nextValue = String(next.dropFirst(nextLabel.count).drop { $0 == " " })
            #expect(!nextValue.isEmpty)
            #expect(Self.column(of: nextValue, in: next) == Self.column(of: "A2DEMOSELLER01", in: seller), "\(seller)\n\(next)")
        }
    }

    /// The display column where `part` starts in `line`.
    static func column(of part: String, in line: String) -> Int? {
        line.range(of: part).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
    }

    @Test("LANGUAGE wins over LC_ALL, LC_MESSAGES and LANG, LC_ALL over LANG; without them the program speaks English")
    func environmentChooses() throws {
        let m = MerchantBinary()
        try m.ok("sync")
        let title = { (language: Language) in Self.text(language) { tr("commands.orders.col.order") } }
        let cases: [([String: String], Language)] = [
            (["LANGUAGE": "th:de", "LANG": "de_DE.UTF-8"], .thai), (["LC_ALL": "de_AT.UTF-8", "LANG": "th_TH.UTF-8"], .german),
            (["LC_MESSAGES": "th_TH", "LANG": "de_DE.UTF-8"], .thai), (["LANG": "de"], .german), ([:], .english), (["LANG": "C.UTF-8"], .english),
        ]
        _ = try m.paidOrder()
        for (variables, language) in cases {
            let printed = try m.run(["orders"], environment: Self.speaking(variables))
            #expect(printed.stdout.hasPrefix(title(language)), "\(variables): \(printed.stdout.prefix(80))")
        }
    }

    @Test("settings set language overrides the environment at once, settings show shows it, auto gives it back")
    func settingOverridesEnvironment() throws {
        let m = MerchantBinary()
        _ = try m.paidOrder()
        let set = try m.run(["settings", "set", "language", "th"], environment: Self.german)
        #expect(set.status == 0)
        // The confirmation is already in the new language, and says it holds at once, not at the next sync.
        #expect(set.stdout == Self.text(.thai) { tr("commands.settings.language-changed", SettingKey.language.title, "th") } + "\n")
        let orders = try m.run(["orders"], environment: Self.german)
        #expect(orders.stdout.hasPrefix(Self.text(.thai) { tr("commands.orders.col.order") }))
        let shown = try m.run(["settings", "show", "--json"], environment: Self.german)
        #expect((try JSONSerialization.jsonObject(with: Data(shown.stdout.utf8)) as? [String: String])?["language"] == "th")
        let languageLine = try m.run(["settings", "show"], environment: Self.german).stdout.split(separator: "\n").first { $0.hasSuffix("[language]") }
        #expect(languageLine?.contains(" th ") == true, "\(languageLine ?? "")")
        let english = try m.run(["settings", "set", "language", "en"], environment: Self.german)
        #expect(english.stdout.hasSuffix(": en. Takes effect at once.\n"), "\(english.stdout)")
        try m.ok("settings", "set", "language", "auto")
        #expect(try m.run(["orders"], environment: Self.german).stdout.hasPrefix(Self.text(.german) { tr("commands.orders.col.order") }))
        let refused = try m.run(["settings", "set", "language", "fr"], environment: Self.german)
        #expect(refused.status == 1 && refused.stderr.hasPrefix("merchant: "))
        #expect((try JSONSerialization.jsonObject(with: Data(try m.ok("settings", "show", "--json").utf8)) as? [String: String])?["language"] == "auto")
    }

    @Test("--help speaks the environment's language; argument-parser's own words stay English")
    func helpInGerman() throws {
        let m = MerchantBinary()
        let flat = { (text: String) in text.split(whereSeparator: \.isWhitespace).joined(separator: " ") }
        for (environment, language) in [(Self.german, Language.german), (Self.thai, .thai)] {
            let help = try m.run(["ship", "--help"], environment: environment)
            #expect(help.status == 0)
            #expect(flat(help.stdout).contains(flat(Self.text(language) { tr("help.ship.abstract") })), "\(help.stdout)")
            #expect(flat(help.stdout).contains(flat(Self.text(language) { tr("help.ship.csv") })))
            #expect(help.stdout.contains("USAGE:") && help.stdout.contains("OPTIONS:"))
            let top = try m.run(["--help"], environment: environment)
            #expect(flat(top.stdout).contains(flat(Self.text(language) { tr("help.orders.abstract") })))
        }
    }
}
