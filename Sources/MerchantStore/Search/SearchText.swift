import Foundation

/// Turns order text into what the FTS5 index holds, and a merchant's query into an FTS5 match.
///
/// unicode61 splits on spaces, which Thai and Japanese do not use: `山田太郎` would be one token and
/// `太郎` would never match it. SQLite's trigram tokenizer needs at least three characters, so
/// it misses a two-character name too. So runs of those scripts are also indexed as overlapping
/// character bigrams (`山田 田太 太郎`), and a query in those scripts becomes a phrase of its bigrams.
///
/// German spells ü, ö, ä and ß as ue, oe, ae and ss where a keyboard or a form lacks them: `Mueller`
/// is Müller, `Strasse` is Straße. unicode61 removes diacritics (`muller` finds Müller) but cannot know
/// those spellings, so both sides are folded: a word with one of those letters is indexed a second time
/// spelled out (`Müller` also as `Mueller`), and a query is spelled out before it is matched. Then
/// `mueller` and `Müller` both find Müller and Mueller, `gross` finds Groß, `strasse` finds Straße.
enum SearchText {
    /// The text to index for one order.
    static func document(_ parts: [String?]) -> String {
        var out: [String] = []
        for part in parts.compactMap({ $0 }) where !part.isEmpty {
            out.append(part)
            for run in unspacedRuns(in: part) where run.count > 1 {
                // The last character stands alone too, so that a one-character query finds the end of a name.
                out.append((bigrams(run) + [String(run[run.count - 1])]).joined(separator: " "))
            }
        }
        return withGermanSpellings(out.joined(separator: " "))
    }

    /// `text` followed by its words that have ü, ö, ä or ß, spelled out (`Müller Groß` → `Müller Groß Mueller Gross`).
    /// Applied to an indexed text that has them already it adds nothing new: the index migration (v15) relies on it.
    static func withGermanSpellings(_ text: String) -> String {
        guard text.contains(where: isFoldable) else { return text }
        var seen = Set<String>()
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            .filter { $0.contains(where: isFoldable) }.map(germanSpelling)
            .filter { seen.insert($0).inserted }
        if words.allSatisfy({ text.contains($0) }) { return text }
        return text + " " + words.joined(separator: " ")
    }

    /// ü → ue, ö → oe, ä → ae, ß → ss (capitals too), the way German is typed without those keys.
    private static let spelledOut: [Character: String] = ["ü": "ue", "ö": "oe", "ä": "ae", "Ü": "Ue", "Ö": "Oe", "Ä": "Ae", "ß": "ss", "ẞ": "SS"]

    /// The text with every letter of `spelledOut` spelled out.
    static func germanSpelling<S: StringProtocol>(_ text: S) -> String {
        var out = ""
        for ch in text {
            if let spelled = spelledOut[ch] { out += spelled } else { out.append(ch) }
        }
        return out
    }

    private static func isFoldable(_ ch: Character) -> Bool { spelledOut[ch] != nil }

    /// The FTS5 MATCH expression for what the merchant typed, or nil when there is nothing to search.
    /// A word for which `isCompleteSku` holds is matched whole: as a prefix, `MUG-BLAU-350*` merged the
    /// index entries of every token starting with 350 (order ids among them) before the first hit.
    static func match(_ query: String, isCompleteSku: (String) throws -> Bool = { _ in false }) rethrows -> String? {
        var terms: [String] = []
        for word in germanSpelling(query).split(whereSeparator: { $0.isWhitespace || $0.isPunctuation && $0 != "-" }) {
            let text = String(word)
            let runs = unspacedRuns(in: text)
            if runs.count == 1, runs[0].count == text.count {
                // All Thai/CJK: a phrase of bigrams; one character alone is a prefix of any bigram.
                let chars = runs[0]
                if chars.count == 1 { terms.append("\(quote(String(chars)))*") }
                else { terms.append(quote(bigrams(chars).joined(separator: " "))) }
            } else {
                // Order ids and SKUs contain '-': unicode61 splits them, so a quoted phrase keeps them together.
                terms.append(try isCompleteSku(text) ? quote(text) : "\(quote(text))*")
            }
        }
        return terms.isEmpty ? nil : terms.joined(separator: " AND ")
    }

    private static func quote(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    private static func bigrams(_ chars: [Character]) -> [String] {
        guard chars.count > 1 else { return chars.map { String($0) } }
        return (0..<(chars.count - 1)).map { String(chars[$0]) + String(chars[$0 + 1]) }
    }

    /// Maximal runs of characters from scripts written without spaces.
    private static func unspacedRuns(in text: String) -> [[Character]] {
        var runs: [[Character]] = []
        var current: [Character] = []
        for ch in text {
            if isUnspacedScript(ch) { current.append(ch) }
            else if !current.isEmpty { runs.append(current); current = [] }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private static func isUnspacedScript(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value else { return false }
        return (0x0E00...0x0E7F).contains(v)      // Thai
            || (0x0E80...0x0EFF).contains(v)      // Lao
            || (0x1780...0x17FF).contains(v)      // Khmer
            || (0x3040...0x30FF).contains(v)      // Hiragana, Katakana
            || (0x3400...0x4DBF).contains(v)      // CJK extension A
            || (0x4E00...0x9FFF).contains(v)      // CJK unified
            || (0xF900...0xFAFF).contains(v)      // CJK compatibility
            || (0xAC00...0xD7AF).contains(v)      // Hangul
    }
}
