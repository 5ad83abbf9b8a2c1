import ConsoleUI
import Foundation
import MerchantTestSupport
import Testing

/// The Pick pane in a real terminal: the demo console, 7, and the pick list with its columns in line.
@Suite("The Pick pane in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsolePickTests {
    @Test("the demo console, 7: the first bin and its product are there, under their headers, at 80 columns")
    func demoPickList() throws {
        let m = MerchantBinary()
        defer { try? FileManager.default.removeItem(at: m.home) }
        try m.ok("sync")
        let json = try #require(try m.json("picklist", "--json") as? JSONObject)
        let lines = try #require(json["lines"] as? [JSONObject])
        let first = try #require(lines.first, "the demo has orders to pick after a sync")
        let bin = try #require(first["bin"] as? String, "the demo's first product to pick has a bin: \(first)")
        let sku = try #require(first["sku"] as? String)

        let tmux = try TmuxSession.console(m, columns: 80, rows: 24)
        try tmux.send("7")
        let screen = try tmux.waitFor(all: ["Pick list ·", bin, sku])
        let rows = screen.split(separator: "\n").map(String.init)
        let header = try #require(rows.first { $0.contains("SKU") && $0.contains("TITLE") }, "\(screen)")
        let row = try #require(rows.first { $0.contains(sku) && $0.contains(bin) }, "\(screen)")
        #expect(ConsoleLanguageTests.column(of: bin, in: row) == 0)
        #expect(ConsoleLanguageTests.column(of: sku, in: row) == ConsoleLanguageTests.column(of: "SKU", in: header), "\(header)\n\(row)")
        let title = try #require(ConsoleLanguageTests.column(of: "TITLE", in: header))
        // The title starts under its header whatever script it is written in.
        for line in rows.drop { $0 != header }.dropFirst().prefix(min(5, lines.count)) where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            #expect(ConsoleLanguageTests.columnStarting(at: title - 1, in: line)?.first == " ", "\(header)\n\(line)")
            #expect(ConsoleLanguageTests.columnStarting(at: title, in: line)?.first?.isWhitespace == false, "\(header)\n\(line)")
        }
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
