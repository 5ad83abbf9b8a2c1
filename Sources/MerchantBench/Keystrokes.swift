import ConsoleUI
import Foundation
import MerchantStore

/// Keystroke to frame, headless: `update`, the store reads it asks for, and `view`, over the million-order
/// store, for each key a merchant presses most. One sample is one key: send it, then draw the screen.
enum Keystrokes {
    struct Row {
        var name: String
        var samples: Samples
        var budget: Double
        var note: String = ""
    }

    /// What the search measurement types: a common German surname, a Japanese given name (bigrams),
    /// a Thai first name, a prefix without diacritics, a SKU, a rare order-id fragment.
    static let searches = ["Müller", "太郎", "สมชาย", "jurg", "MUG-BLAU-350", "Sören Weiß", "302-12"]

    static func measure(_ data: DataSet, now: Date, repeats: Int) throws -> [Row] {
        let store = try MerchantStore.open(at: data.storePath)
        let program = ConsoleProgram(store: store, sync: nil, size: Size(rows: 40, columns: 120), now: { now })
        program.start()
        func press(_ key: Key) { program.send(.key(key)); _ = program.screen }
        func timed(_ samples: inout Samples, _ key: Key) {
            samples.time { program.send(.key(key)); _ = program.screen }
        }
        // Warm the page cache and the statements once, as a merchant's first minute would.
        for key in [Key.end, .home, .pageDown, .character("o"), .character("o")] { press(key) }

        var down = Samples(), pageDown = Samples(), end = Samples(), home = Samples()
        var filter = Samples(), sort = Samples(), open = Samples(), search = Samples()
        press(.home)
        for _ in 0..<(repeats * 5) { timed(&down, .down) }
        press(.home)
        for _ in 0..<(repeats * 2) { timed(&pageDown, .pageDown) }
        for _ in 0..<repeats {
            timed(&end, .end)
            timed(&home, .home)
        }
        for _ in 0..<repeats { timed(&filter, .character("f")) }
        while program.state.orders.filter != .all { press(.character("f")) }
        for _ in 0..<repeats {
            timed(&sort, .character("o"))   // newest → ship-by urgency
            precondition(program.state.orders.sort == .urgency)
            press(.character("o"))          // back, not timed
        }
        press(.home)
        for i in 0..<repeats {
            if i % 10 == 0 { press(.pageDown) }
            press(.down)
            timed(&open, .enter)
            precondition(program.state.detail?.detail != nil, "the detail did not load")
            press(.escape)
        }
        var hits: [String: Int] = [:]
        for i in 0..<repeats {
            let text = searches[i % searches.count]
            press(.character("/"))
            for c in text { press(.character(c)) }
            timed(&search, .enter)
            hits[text] = program.state.orders.rows.count
            press(.escape)
        }
        let hitsNote = searches.map { "\($0): \(hits[$0] ?? 0)" }.joined(separator: ", ")
        return [
            Row(name: "down (j)", samples: down, budget: 10, note: "\(down.count) presses from the top"),
            Row(name: "page down", samples: pageDown, budget: 10, note: "\(pageDown.count) pages from the top"),
            Row(name: "end (G)", samples: end, budget: 10),
            Row(name: "home (g)", samples: home, budget: 10),
            Row(name: "filter by status (f)", samples: filter, budget: 10, note: "cycles all, unshipped, pending, blocked, …"),
            Row(name: "sort by ship-by urgency (o)", samples: sort, budget: 10),
            Row(name: "open detail (Enter)", samples: open, budget: 10),
            Row(name: "search (/ text Enter)", samples: search, budget: 30, note: "rows loaded: \(hitsNote)"),
        ]
    }
}
