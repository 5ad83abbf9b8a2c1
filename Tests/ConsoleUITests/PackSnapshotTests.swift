import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// Pack mode's golden screens in English, German and Thai at 80x24 and 160x48: an order half packed (German,
/// Japanese and Thai titles), and a wrong scan refused in red. Every row fits the window; SKUs and titles start
/// under their headers, measured in display columns.
@Suite("Pack mode on screen")
struct PackSnapshotTests {
    static let cases: [(Language, Int, Int)] = [.english, .german, .thai].flatMap { [($0, 24, 80), ($0, 48, 160)] }

    /// Three of five units ticked: both mugs by barcode, one Thai cup by its SKU.
    static func halfPacked(_ size: Size) throws -> ConsoleFixture {
        let f = try PackFixture.console(size: size)
        f.press(.character("P"))
        f.scan(PackFixture.order)
        for code in [PackFixture.mugGTIN, PackFixture.mugGTIN, "BECHER-THAI"] { f.scan(code) }
        return f
    }

    static func expectScreen(_ name: String, _ language: Language, _ rows: Int, _ columns: Int, _ f: ConsoleFixture,
                             sourceLocation: SourceLocation = #_sourceLocation) throws {
        let text = f.text
        expectSnapshot(text, name + "-\(columns)x\(rows)" + (language == .english ? "" : "-\(language.rawValue)"), sourceLocation: sourceLocation)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == rows, sourceLocation: sourceLocation)
        for line in lines { #expect(DisplayWidth.of(String(line)) <= columns, "\(line)", sourceLocation: sourceLocation) }
        // The lines' SKUs and titles start under their headers, whatever the script before them.
        let screen = f.screen
        let header = try #require((0..<screen.rows).first { screen.column(of: tr("pack.column.packed"), row: $0) == 2 }, sourceLocation: sourceLocation)
        let sku = try #require(screen.column(of: tr("pack.column.sku"), row: header), sourceLocation: sourceLocation)
        let title = try #require(screen.column(of: tr("pack.column.product"), row: header), sourceLocation: sourceLocation)
        let rowsBelow = (header + 1)..<screen.rows
        let skus = ["MUG-BLAU-350", "TEE-MATCHA-100", "BECHER-THAI"].compactMap { s in rowsBelow.lazy.compactMap { screen.column(of: s, row: $0) }.first }
        #expect(skus == [sku, sku, sku], sourceLocation: sourceLocation)
        let titles = ["Kaffeebecher", "抹茶", "ถ้วยชาไทย"].compactMap { t in rowsBelow.lazy.compactMap { screen.column(of: t, row: $0) }.first }
        #expect(titles == [title, title, title], sourceLocation: sourceLocation)
    }

    @Test("an order half packed: the ticks, what the last scan ticked, and that nothing ships before the dialog", arguments: cases)
    func halfPacked(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.halfPacked(Size(rows: rows, columns: columns))
            #expect(f.text.contains(tr("pack.progress", 3, 5)))
            try Self.expectScreen("pack-half", language, rows, columns, f)
        }
    }

    @Test("a wrong scan: the product and why, in red", arguments: cases)
    func wrongScan(language: Language, rows: Int, columns: Int) throws {
        try Language.$override.withValue(language) {
            let f = try Self.halfPacked(Size(rows: rows, columns: columns))
            f.scan("SIEB-TEE-FEIN")
            try Self.expectScreen("pack-wrong", language, rows, columns, f)
            let screen = f.screen
            let row = try #require((0..<screen.rows).first { screen.text(row: $0).hasPrefix("  ✗ SIEB-TEE-FEIN") })
            #expect(screen.cell(row: row, column: 2).style == .refusal)
        }
    }
}
