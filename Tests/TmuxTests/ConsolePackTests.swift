import Foundation
import MerchantTestSupport
import Testing

/// Scan to pack as a packing station does it: the built binary in tmux, barcodes typed as a USB scanner types them
/// (the code, then Enter), a wrong one refused with the terminal's bell, and the command line reading the store
/// between the scans: nothing shipped and nothing for Amazon until the ship dialog is confirmed.
@Suite("Scan to pack in a terminal", .serialized, .ownThread, .enabled(if: TmuxSession.available, "tmux is not installed"))
struct ConsolePackTests {
    /// The demo catalog's barcodes: the blue mug the order holds, and the matcha it does not.
    static let mugGTIN = "4260458010372"
    static let matchaGTIN = "4260458011485"

    @Test("P, the order id, each unit's barcode: right scans tick, a wrong one is refused with the bell, the ship dialog ships (R13)")
    func packAnOrderByBarcode() throws {
        let m = MerchantBinary()
        let id = try m.paidOrder(quantity: 2)

        let tmux = try TmuxSession.console(m)
        // Each bell the console rings, counted by tmux itself: its alert-bell hook appends a line to a file.
        let bells = Temporary.url("pack-bells").appendingPathExtension("txt")
        defer { try? FileManager.default.removeItem(at: bells) }
        try tmux.tmux(["set-hook", "-t", tmux.name, "alert-bell", "run-shell 'echo ring >> \"\(bells.path)\"'"])
        // From the Settings pane, so that no order is chosen before its id is scanned.
        try tmux.send("4")
        try tmux.send("P")
        try tmux.waitFor("Scan or type the order id")
        try Self.scan(tmux, id)
        try tmux.waitFor(all: ["0 of 2 units packed", "0/2", "MUG-BLAU-350"])
        try Self.scan(tmux, Self.mugGTIN)
        try tmux.waitFor(all: ["1 of 2 units packed", "1/2"])
        #expect(try Self.bellFlag(tmux) == "0", "a right scan rang the bell")
        #expect(Self.rings(bells) == 0)

        // A product the order does not hold: refused on screen, the count unchanged, the bell rung.
        try Self.scan(tmux, Self.matchaGTIN)
        let refused = try tmux.waitFor("does not hold")
        #expect(refused.contains("✗ \(Self.matchaGTIN)") && refused.contains("1 of 2 units packed"))
        try tmux.waitUntil("the bell flag of the window", seconds: 10) { _ in (try? Self.bellFlag(tmux)) == "1" && Self.rings(bells) == 1 }

        // Half packed: the command line finds the order unshipped, and nothing waiting for Amazon.
        try Self.expectNothingShipped(m, id)

        // The last unit by its SKU: the ship dialog opens, and still nothing is stored.
        try Self.scan(tmux, "MUG-BLAU-350")
        try tmux.waitFor(all: ["Ship order", "2 of 2 units packed"])
        try Self.expectNothingShipped(m, id)
        #expect(Self.rings(bells) == 1, "one ring for the one wrong scan")

        try tmux.send("Up", "u", "Tab")
        try tmux.waitFor("UPS number")
        try tmux.send("-l", "1Z5R89390357567127")
        try tmux.waitFor("✓ valid")
        try tmux.send("Enter")
        try tmux.waitFor(all: ["Shipped 2 units of \(id) with UPS 1Z5R89390357567127", "Scan or type the order id"])
        try tmux.send("Escape")
        try tmux.waitFor("Left pack mode")
        try tmux.send("q")
        _ = try tmux.waitForExit()

        try m.expectShippedAndConfirmed(id, tracking: "1Z5R89390357567127")
    }

    /// A scanner's gesture: the code as fast as it types, then Enter.
    static func scan(_ tmux: TmuxSession, _ code: String) throws {
        try tmux.send("-l", code)
        try tmux.send("Enter")
    }

    /// tmux's bell flag of the console's window: "1" once the program in it rang the bell (the session is detached,
    /// so tmux keeps the flag rather than passing the bell on).
    static func bellFlag(_ tmux: TmuxSession) throws -> String {
        try tmux.tmux(["display-message", "-p", "-t", tmux.name, "#{window_bell_flag}"]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The rings tmux heard so far.
    static func rings(_ file: URL) -> Int {
        ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").count
    }

    /// The order is not shipped by our record nor at Amazon, and the outbox, done messages included, holds nothing of
    /// it but the acknowledgement its import queued: no shipment, no label (R29).
    static func expectNothingShipped(_ m: MerchantBinary, _ id: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let local = try #require(try m.json("order", id, "--json") as? JSONObject, sourceLocation: sourceLocation)
        #expect(local["localStatus"] as? String == "processing", sourceLocation: sourceLocation)
        let outbox = try #require(try m.json("outbox", "--all", "--json") as? [JSONObject], sourceLocation: sourceLocation)
        let kinds = Set(outbox.compactMap { $0["kind"] as? String })
        #expect(!kinds.contains("shipment") && !kinds.contains("label"), "the outbox holds \(kinds)", sourceLocation: sourceLocation)
        let ofTheOrder = outbox.filter { $0["subject"] as? String == id }.compactMap { $0["kind"] as? String }
        #expect(ofTheOrder == ["acknowledgement"], "the outbox holds \(ofTheOrder) of \(id)", sourceLocation: sourceLocation)
        let amazon = try #require(try m.json("sim", "order", id, "--json") as? JSONObject, sourceLocation: sourceLocation)
        #expect(amazon["status"] as? String == "UNSHIPPED", sourceLocation: sourceLocation)
    }
}
