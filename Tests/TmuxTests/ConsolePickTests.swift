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
        let tmux = try TmuxSession.console(m, columns: 80, rows: 24)
        _ = try tmux.waitFor("Orders · filter all", seconds: 90)
        _ = try tmux.waitForFinishedSync()
        try tmux.send("7")
        let screen = try tmux.waitFor(all: ["Pick list ·", "SKU"])
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let headerIndex = try #require(rows.firstIndex { $0.contains("SKU") && $0.contains("TITLE") }, "\(screen)")
        let header = rows[headerIndex]
        let first = rows[headerIndex + 1]
        // The first product to pick stands in the first bin of the walk, the bin the catalog gives its SKU.
        let fields = first.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        #expect(fields.count >= 3, "\(first)")
        let (bin, sku) = (fields[0], fields[2])
        let catalog = try #require(try m.json("catalog", "--json") as? [JSONObject])
        let product = try #require(catalog.first { ($0["product"] as? JSONObject)?["sku"] as? String == sku }, "\(sku) in the catalog")
        #expect(((product["product"] as? JSONObject)?["parcel"] as? JSONObject)?["bin"] as? String == bin, "\(product)")
        #expect(ConsoleLanguageTests.column(of: bin, in: first) == 0)
        #expect(ConsoleLanguageTests.column(of: sku, in: first) == ConsoleLanguageTests.column(of: "SKU", in: header), "\(header)\n\(first)")
        // Each title starts under its header, whatever script it is written in.
        let title = try #require(ConsoleLanguageTests.column(of: "TITLE", in: header))
        // The list's rows: from the header down to the status line (the window's last three rows are the frame's).
        let list = rows[(headerIndex + 1)..<max(headerIndex + 1, min(rows.count, 24 - 3))].filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        #expect(!list.isEmpty)
        for line in list {
            #expect(ConsoleLanguageTests.columnStarting(at: title - 1, in: line)?.first == " ", "\(header)\n\(line)\n\(screen)")
            #expect(ConsoleLanguageTests.columnStarting(at: title, in: line)?.first?.isWhitespace == false, "\(header)\n\(line)")
        }
        try tmux.send("q")
        _ = try tmux.waitForExit()
    }
}
