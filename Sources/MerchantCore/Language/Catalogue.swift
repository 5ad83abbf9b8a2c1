/// The words of the program in each language, one text per key.
///
/// A catalogue text is one `key = text` line; `{1}` inserts the first argument, `{1|unit|units}` picks a
/// word by the first argument's number (one, or any other), `\n` breaks the line, a line starting `#` is a
/// comment. Each area of the program keeps its texts in a file per language under `Catalogues/`.
public enum Catalogue {
    /// Every key of `language` with its text.
    public static func entries(_ language: Language) -> [String: String] {
        switch language {
        case .english: english
        case .german: german
        case .thai: thai
        }
    }

    /// The text of `key` in `language`, falling back to English, then to the key itself (a test keeps
    /// every key in every language, so the fallbacks only guard a build that skipped the tests).
    public static func text(_ key: String, _ language: Language) -> String {
        entries(language)[key] ?? english[key] ?? key
    }

    private static let english = parse(englishAreas)
    private static let german = parse(germanAreas)
    private static let thai = parse(thaiAreas)

    /// The areas' catalogue texts joined: a key defined twice keeps its first text (a test forbids it).
    static func parse(_ areas: [String]) -> [String: String] {
        var entries: [String: String] = [:]
        for area in areas {
            for (key, text) in lines(area) where entries[key] == nil { entries[key] = text }
        }
        return entries
    }

    /// The `key = text` lines of one catalogue text, in order, duplicates kept (for the tests).
    public static func lines(_ area: String) -> [(key: String, text: String)] {
        area.split(separator: "\n", omittingEmptySubsequences: true).compactMap { line in
            let trimmed = line.drop { $0 == " " }
            guard !trimmed.hasPrefix("#"), let equals = trimmed.firstIndex(of: "=") else { return nil }
            let key = trimmed[..<equals].trimmingSpaces
            let text = trimmed[trimmed.index(after: equals)...].trimmingSpaces
            return (String(key), text.replacingOccurrences(of: "\\n", with: "\n"))
        }
    }

    /// Every area's catalogue text, for the tests that compare the languages.
    public static func areas(_ language: Language) -> [String] {
        switch language {
        case .english: englishAreas
        case .german: germanAreas
        case .thai: thaiAreas
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: String {
        var s = self
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
