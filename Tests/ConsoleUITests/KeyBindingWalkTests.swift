@testable import ConsoleUI
import Foundation
import MerchantCore
import MerchantTestSupport
import Testing

/// Every row of every pane's bindings, walked on a console with something to act on in each pane: the row has
/// words, `?` shows them with its keys, and each of its keys, pressed, either does something (a new state or an
/// effect for the store) or says why not, in the words of the row's own reason.
@Suite("Every key binding acts or says why not")
struct KeyBindingWalkTests {
    /// The usual mix, with pending orders enough to move among (R8).
    static let orders = ConsoleFixture.mixedOrders + (0..<3).map {
        ConsoleFixture.order("302-000003\($0)-000003\($0)", .pending, buyer: nil, hour: Double(10 + $0))
    }

    /// One state per scope, the selection away from the top so that every move moves.
    static func states() throws -> [Scope: ConsoleState] {
        let f = try ConsoleFixture(orders: orders)
        f.press(.character("j"), .character("j"), .character("j"))
        var states: [Scope: ConsoleState] = [.orders: f.program.state, .everywhere: f.program.state]
        f.press(.enter, .character("j"))
        states[.detail] = f.program.state
        f.press(.escape, .character("s"))
        f.type("1Z5R")
        f.press(.left)
        states[.dialog] = f.program.state
        f.press(.escape, .character("2"), .character("j"))
        states[.pending] = f.program.state

        let refunds = try RefundFixture.console()
        refunds.press(.character("3"), .character("j"))
        states[.refunds] = refunds.program.state

        let shop = try ShopFixture()
        shop.f.press(.character("j"), .character("j"))
        states[.shop] = shop.f.program.state
        shop.f.press(.character("4"), .character("j"), .character("j"))
        states[.settings] = shop.f.program.state
        shop.f.press(.character("5"), .character("j"))
        states[.outbox] = shop.f.program.state
        let pick = try PickPaneTests.console()
        pick.press(.character("j"))
        states[.pick] = pick.program.state

        // Pack mode with a unit ticked and a barcode half typed.
        let pack = try PackFixture.console()
        pack.press(.character("P"))
        pack.scan(PackFixture.order)
        pack.scan(PackFixture.mugGTIN)
        pack.type("4006")
        states[.pack] = pack.program.state
        return states
    }

    @Test("each row of each scope: words, in ?, and pressed, it acts or says why not")
    func everyBindingActsOrSaysWhy() throws {
        let states = try Self.states()
        for (scope, state) in states {
            #expect(state.scope == scope || scope == .everywhere, "the fixture for \(scope) is in \(state.scope)")
            #expect(state.flash == nil && state.quitQuestion == nil && !state.showHelp)
        }
        #expect(states[.dialog]?.dialog.map { if case .ship = $0 { true } else { false } } == true)
        #expect(states[.detail]?.detail?.detail != nil)
        #expect((states[.outbox]?.outbox.activity.count ?? 0) > 2)

        for binding in KeyBindings.all {
            let state = try #require(states[binding.scope])
            #expect(!binding.help.isEmpty && !binding.keys.isEmpty)
            for key in binding.keys {
                let (after, effects) = Console.update(state, .key(key))
                let pressed = "\(key.label) in \(binding.scope) (\(binding.help))"
                if binding.byTerminal {
                    // ^L and ^Z: the terminal loop redraws and suspends; `update` changes nothing.
                    #expect(after == state && effects.isEmpty, "\(pressed)")
                } else if let reason = binding.whyNot(state) {
                    // R30: a key that cannot act here says why, in the row's own words, and sends nothing to the store.
                    let said = [after.flash?.text, after.dialog.flatMap { if case .notice(let n) = $0 { n.text } else { nil } }]
                    #expect(said.contains { $0?.contains(reason) == true }, "\(pressed): its reason \"\(reason)\" is not shown")
                    #expect(effects.isEmpty, "\(pressed) is not available, yet sent \(effects)")
                } else {
                    #expect(after != state || !effects.isEmpty, "\(pressed) did nothing and said nothing")
                }
            }
        }
    }

    @Test("? lists every row with its keys and its words")
    func helpShowsEveryRow() throws {
        var state = try #require(try Self.states()[.orders])
        state = Console.update(state, .resize(Size(rows: 200, columns: 120))).0
        state = Console.update(state, .key(.character("?"))).0
        // The overlay's text inside its frame, its wrapping undone: one line of words.
        let screen = Console.view(state)
        let width = min(screen.columns - 4, 78), left = (screen.columns - width) / 2
        var words: [Substring] = []
        for row in 0..<screen.rows {
            let cells = (left + 1..<left + width - 1).map { screen.cell(row: row, column: $0) }.filter { !$0.isContinuation }
            words += cells.map(\.text).joined().split(separator: " ")
        }
        let text = words.joined(separator: " ")
        for binding in KeyBindings.all {
            #expect(text.contains("\(binding.keyLabel) \(binding.help)"), "? does not show \(binding.keyLabel) \(binding.help)")
        }
    }

    @Test("a pane's rows are its own: each scope's keys answer one row, the pane's before the frame's")
    func eachKeyAnswersOneRow() {
        for scope in Scope.allCases where scope != .everywhere {
            var seen: Set<Key> = []
            for binding in KeyBindings.rows(of: scope) {
                for key in binding.keys {
                    #expect(!seen.contains(key), "\(key.label) is bound twice in \(scope)")
                    seen.insert(key)
                }
            }
            #expect(!seen.isEmpty, "\(scope) has no keys")
        }
    }
}
