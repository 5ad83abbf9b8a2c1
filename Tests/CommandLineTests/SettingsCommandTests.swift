import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// `merchant settings`: the names `set` takes are the ones `show` writes, a refused value says why with its unit,
/// and the three columns of `show` line up in every language.
@Suite("Settings on the command line", .serialized, .ownThread)
struct SettingsCommandTests {
    static func environment(_ lang: String) -> [String: String?] { ["LANG": lang, "LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil] }

    /// The `[key]` lines of `settings show`.
    static func keyLines(_ shown: String) -> [String] { shown.split(separator: "\n").map(String.init).filter { $0.hasSuffix("]") && $0.contains("   [") } }

    @Test("an unknown name is answered with every name settings show writes, in its order")
    func unknownNameListsEverySettableName() throws {
        // R28, R30
        let m = MerchantBinary()
        let shown = Self.keyLines(try m.ok("settings", "show")).compactMap { line in
            line.range(of: "[", options: .backwards).map { String(line[$0.upperBound...].dropLast()) }
        }
        #expect(shown == ["import-orders", "import-pending", "reserve-pending", "sync-interval", "language", "label-format", "ship-from", "printer"])
        let refused = try m.run("settings", "set", "foo", "bar")
        #expect(refused.status != 0)
        #expect(refused.stderr == "merchant: there is no setting \"foo\": use one of \(shown.joined(separator: ", "))\n", "\(refused.stderr)")
        // Each listed name is taken by set (a value it refuses says so about the value, not the name).
        for name in shown {
            #expect(!(try m.run("settings", "set", name, "?bad?")).stderr.contains("there is no setting"), "\(name)")
        }
    }

    @Test("an interval too long or too short is refused naming its unit and the bound; a missing value is our own refusal")
    func intervalsOutsideTheRange() throws {
        // R28, R30
        let m = MerchantBinary()
        let long = try m.run("settings", "set", "sync-interval", "5000000")
        #expect(long.status != 0)
        #expect(long.stderr == "merchant: an interval of 5000000 seconds is longer than sync allows: use at most 24 hours (24h)\n", "\(long.stderr)")
        let short = try m.run("settings", "set", "sync-interval", "0")
        #expect(short.stderr == "merchant: an interval of 0 seconds is shorter than sync allows: use at least 10 seconds (10s)\n", "\(short.stderr)")
        let german = try m.run(["settings", "set", "sync-interval", "25h"], environment: Self.environment("de_DE.UTF-8"))
        #expect(german.stderr.contains("ein Intervall von 25 Stunden ist länger"), "\(german.stderr)")
        let missing = try m.run("settings", "set", "sync-interval")
        #expect(missing.status != 0)
        #expect(missing.stderr == "merchant: settings set sync-interval takes one value: put it in quotes if it has spaces\n", "\(missing.stderr)")
        #expect(try m.ok("settings", "show").contains("1m"))
    }

    @Test("settings show writes title, value and [key] in three columns, by display width, in English, German and Thai",
          arguments: ["C.UTF-8", "de_DE.UTF-8", "th_TH.UTF-8"])
    func columnsAlign(lang: String) throws {
        let m = MerchantBinary()
        try m.ok("settings", "set", "printer", "Office_Zebra")
        let json = try #require(try m.json("settings", "show", "--json") as? [String: String])
        let lines = Self.keyLines(try m.run(["settings", "show"], environment: Self.environment(lang)).stdout)
        #expect(lines.count == 8)
        var valueColumns: Set<Int> = [], keyColumns: Set<Int> = []
        for line in lines {
            let bracket = try #require(line.range(of: "   [", options: .backwards))
            let key = String(line[bracket.upperBound...].dropLast())
            let value = try #require(json[key], "\(key)")
            let before = line[..<bracket.lowerBound].replacingOccurrences(of: " +$", with: "", options: .regularExpression)
            #expect(before.hasSuffix(value), "\(line)")
            valueColumns.insert(DisplayWidth.of(before) - DisplayWidth.of(value))
            // Every [key] starts in one column, but after a value too wide for it (the ship-from address).
            if DisplayWidth.of(value) <= 24 { keyColumns.insert(DisplayWidth.of(String(line[..<bracket.lowerBound]))) }
        }
        #expect(valueColumns.count == 1, "values start in one column:\n\(lines.joined(separator: "\n"))")
        #expect(keyColumns.count == 1, "keys start in one column:\n\(lines.joined(separator: "\n"))")
    }
}
