import Foundation
import MerchantCore

/// A text the store keeps for the merchant to read later (an activity line, an order's history, a notice), written
/// once in every language the program speaks.
///
///     let stored = try StoredWords { tr("store.history.imported", 42) }
///     stored.english   // "imported as local order #42": the record, as `--json` shows it
///     stored.json      // {"de":"…","th":"…"}: the other languages, nil when they read the same
///
/// Why words and not a catalogue key with its arguments: a key stored today must still exist and take the same
/// arguments in every later version, and the arguments (an amount, Amazon's own words, another text) would need a
/// format of their own; a written text needs neither, and reads the same whatever the program becomes. Each text is
/// made three times when it is written, never when it is read. Rows written before a text was kept in every language
/// have no words and read in English.
struct StoredWords {
    /// The English record.
    let english: String
    /// The same text in the other languages, by language code, as JSON; nil when every language reads the same.
    let json: String?

    init(_ text: () -> String) throws {
        english = Language.$override.withValue(.english, operation: text)
        var words: [String: String] = [:]
        for language in Language.allCases where language != .english {
            let written = Language.$override.withValue(language, operation: text)
            if written != english { words[language.rawValue] = written }
        }
        json = words.isEmpty ? nil : String(decoding: try JSONEncoder().encode(words), as: UTF8.self)
    }

    /// The other languages of a stored text, by language code; empty for none.
    static func decode(_ json: String?) -> [String: String] {
        guard let json else { return [:] }
        return (try? JSONDecoder().decode([String: String].self, from: Data(json.utf8))) ?? [:]
    }

    /// A stored text in the language the merchant reads now: its words in that language, else the English record.
    static func read(_ english: String, _ words: [String: String]) -> String { words[Language.current.rawValue] ?? english }
}
