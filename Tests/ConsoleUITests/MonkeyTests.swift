import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import Testing

/// A monkey at the keyboard: 100,000 seeded random keys and window sizes (down to 1x1 and 0x0) through
/// `update` and the views, with the store's effects really run, as the terminal loop runs them.
/// Nothing may crash, and nothing reaches Amazon's outbox but what a confirmed dialog sent (R29, R30).
@Suite("A monkey at the console")
struct MonkeyTests {
    /// The console as `ConsoleProgram` runs it, counting what the store was asked to do and by which key.
    final class Runner {
        var state: ConsoleState
        let effects: StoreEffects
        var now: Date
        /// Store writes that only a confirmed dialog may ask for: ship, ship the marked, cancel, refund.
        var actionEffects = 0
        /// Of those, the ones asked for by Enter in an open dialog: must be all of them.
        var confirmedByDialog = 0
        /// What the store took: each is one outbox message for Amazon.
        var taken = 0
        var keys = 0, resizes = 0, views = 0, quits = 0

        init(_ f: ConsoleFixture) {
            now = ConsoleFixture.now
            effects = StoreEffects(store: f.store, now: { ConsoleFixture.now })
            state = ConsoleState(size: Size(rows: 24, columns: 80), now: now, syncEnabled: false)
            run(Console.start(state), cause: nil)
        }

        func send(_ message: Message) {
            let dialogWasOpen = state.dialog != nil
            let (next, list) = Console.update(state, message)
            state = next
            var cause: Message?
            if case .key(.enter) = message, dialogWasOpen { cause = message }
            run(list, cause: cause)
        }

        private func run(_ list: [Effect], cause: Message?) {
            for effect in list {
                switch effect {
                case .orders(.ship), .orders(.shipAll), .orders(.cancel), .refunds(.refund):
                    actionEffects += 1
                    if cause != nil { confirmedByDialog += 1 }
                default: break
                }
                guard effect != .startSync, let answer = effects.perform(effect) else { continue }
                switch answer {
                case .orders(.shipped(let payloads)): taken += payloads.count
                case .orders(.cancelled): taken += 1
                case .refunds(.refunded(_, _, .queued)): taken += 1
                default: break
                }
                let (next, more) = Console.update(state, answer)
                state = next
                run(more, cause: nil)
            }
        }
    }

    /// Keys a merchant might hit, and some no one would; Enter only when `enter` is true.
    static func keys(enter: Bool) -> [Key] {
        var keys: [Key] = [.up, .down, .left, .right, .home, .end, .pageUp, .pageDown, .escape, .tab, .backTab, .backspace, .delete,
                           .control("c"), .control("l"), .control("b"), .control("f"), .control("a"), .control("z")]
        if enter { keys += [.enter, .enter, .enter] }
        keys += "qQ?/sScCrRjkJKgGfbBoOmMnNyYuUdDhHpPtTx 1234567890-+.,=é山😀\u{1B}\u{9B}\u{202E}\u{0}".map { Key.character($0) }
        return keys
    }

    /// Window sizes: mostly ordinary, now and then absurd.
    static func size(_ random: inout SeededGenerator) -> Size {
        switch random.next() % 6 {
        case 0: return Size(rows: 0, columns: 0)
        case 1: return Size(rows: 1, columns: 1)
        case 2: return Size(rows: Int(random.next() % 8), columns: Int(random.next() % 30))
        case 3: return Size(rows: 24, columns: 80)
        default: return Size(rows: Int(random.next() % 70), columns: Int(random.next() % 260))
        }
    }

    static func monkey(seed: UInt64, keys count: Int, enter: Bool) throws -> (Runner, outbox: Int, seconds: Double) {
        let started = Date()
        let f = try ConsoleFixture()
        let runner = Runner(f)
        var random = SeededGenerator(seed: seed)
        let keys = Self.keys(enter: enter)
        // With Enter, now and then a merchant's whole gesture, so that some dialogs really are confirmed.
        let gestures: [[Key]] = enter ? [
            [.character("s")] + "1Z5R89390357567127".map { Key.character($0) } + [.enter],
            [.character("s"), .up, .character("u"), .tab] + "1Z5R89390357567127".map { Key.character($0) } + [.enter],
            [.character("c"), .right, .down, .down, .left, .enter],
            [.character("c"), .right, .down, .right, .down, .left, .enter],
            [.character("r"), .backspace, .backspace, .backspace, .backspace, .character("1"), .down, .right, .down, .left, .enter],
            [.character("r"), .down, .right, .down, .left, .enter],
        ] : []
        // A gesture starts where a merchant would: back out of whatever is open, Orders, some order.
        let moves: [Key] = [.character("j"), .character("k"), .character("G"), .character("g"), .down, .pageDown]
        var pending: [Key] = []
        for n in 0..<count {
            let roll = random.next() % 1000
            if pending.isEmpty, !gestures.isEmpty, roll >= 995 {
                pending = [.escape, .escape, .escape, .character("1"), moves[Int(random.next() % UInt64(moves.count))]]
                    + gestures[Int(random.next() % UInt64(gestures.count))]
            }
            if let key = pending.first {
                pending.removeFirst()
                runner.send(.key(key))
                runner.keys += 1
            } else if roll < 15 {
                runner.send(.resize(Self.size(&random)))
                runner.resizes += 1
            } else if roll < 25 {
                runner.now = runner.now.addingTimeInterval(1)
                runner.send(.tick(runner.now))
            } else {
                runner.send(.key(keys[Int(random.next() % UInt64(keys.count))]))
                runner.keys += 1
            }
            // q and Ctrl-C end the console; the monkey opens it again where it was.
            if runner.state.quit {
                runner.state.quit = false
                runner.quits += 1
            }
            // The view is drawn now and then, and after every resize (where layout breaks first).
            if n % 32 == 0 || roll < 15 {
                let screen = Console.view(runner.state)
                #expect(screen.rows == max(0, runner.state.size.rows) && screen.columns == max(0, runner.state.size.columns))
                runner.views += 1
            }
        }
        let outbox = try f.store.outbox(includeDone: true).filter { [.shipment, .cancellation, .refund].contains($0.kind) }.count
        return (runner, outbox, Date().timeIntervalSince(started))
    }

    @Test("100,000 keys without Enter: no crash, and nothing reaches the outbox, for no dialog was confirmed (R30)")
    func monkeyWithoutEnter() throws {
        let (runner, outbox, seconds) = try Self.monkey(seed: 20_261_123, keys: 100_000, enter: false)
        #expect(runner.actionEffects == 0)
        #expect(outbox == 0)
        #expect(runner.keys > 95_000 && runner.resizes > 1_000)
        print("monkey without Enter: \(runner.keys) keys, \(runner.resizes) resizes, \(runner.views) views, \(runner.quits) quits, outbox \(outbox), \(String(format: "%.1f", seconds)) s")
    }

    @Test("with Enter too: every ship, cancel and refund came from a confirmed dialog, each one outbox message (R29)")
    func monkeyWithEnter() throws {
        let (runner, outbox, seconds) = try Self.monkey(seed: 29, keys: 30_000, enter: true)
        #expect(runner.confirmedByDialog == runner.actionEffects)
        #expect(outbox == runner.taken)
        #expect(runner.taken <= runner.actionEffects * 20)
        print("monkey with Enter: \(runner.keys) keys, \(runner.resizes) resizes, \(runner.views) views, \(runner.actionEffects) confirmed dialogs, \(runner.taken) taken by the store, outbox \(outbox), \(String(format: "%.1f", seconds)) s")
    }
}

/// SplitMix64: the same seed gives the same monkey on every machine.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

