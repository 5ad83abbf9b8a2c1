import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// Scan to pack ends in the ship dialog; buying a label there ships the order as a tracking number does, so pack
/// mode lets go of it and waits for the next order's id.
@Suite("Scan to pack, then buy a label")
struct PackThenLabelTests {
    @Test("the last unit scanned opens the ship dialog; a label bought there ends that order's packing")
    func labelEndsPacking() async throws {
        let c = try await LabelConsole()
        let id = c.orderIds[0]
        c.press(.character("P"))
        for ch in id + "\r" + "MUG-BLAU-350" + "\r" { c.press(ch == "\r" ? .enter : .character(ch)) }
        #expect(c.program.state.pack?.tally?.isComplete == true)
        guard case .ship = c.program.state.dialog else {
            Issue.record("the ship dialog is not open:\n\(c.text)")
            return
        }
        // R29: nothing queued while packing.
        #expect(c.labelMessages == 0)
        c.press(.control("t"))
        try await c.waitUntil("the rates") { c.dialog?.asking == false }
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 1)
        #expect(c.program.state.pack != nil && c.program.state.pack?.tally == nil, "pack mode waits for the next order")
    }
}
