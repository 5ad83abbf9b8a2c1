/// The text of `key` in the current language, with `arguments` put in its places.
///
///     tr("orders.units", 2)            // "2 units" / "2 Einheiten" / "2 หน่วย"
///     tr("dialog.refund.confirm", m)   // a Money argument is written the language's way
///
/// Keys are string literals at the call site: a test finds every `tr("…")` in the sources and
/// checks the key exists in every language, and that no catalogue key is left unused.
public func tr(_ key: String, _ arguments: Any...) -> String {
    let language = Language.current
    return Template.fill(Catalogue.text(key, language), arguments, language)
}

/// Fills a catalogue text's places: `{N}` and `{N|one|other}`.
enum Template {
    static func fill(_ text: String, _ arguments: [Any], _ language: Language) -> String {
        guard text.contains("{") else { return text }
        var out = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            out += place(inside, arguments, language) ?? String(rest[open...close])
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// One place's text: the argument written out, or the word its number picks.
    private static func place(_ inside: Substring, _ arguments: [Any], _ language: Language) -> String? {
        let parts = inside.split(separator: "|", omittingEmptySubsequences: false)
        guard let n = Int(parts[0]), n >= 1, n <= arguments.count else { return nil }
        let argument = arguments[n - 1]
        if parts.count == 1 { return written(argument, language) }
        let one = parts[1]
        let other = parts.count > 2 ? parts[2] : one
        return String(number(argument) == 1 ? one : other)
    }

    static func written(_ argument: Any, _ language: Language) -> String {
        switch argument {
        case let money as Money: LanguageFormat.money(money, language)
        case let text as String: text
        default: String(describing: argument)
        }
    }

    private static func number(_ argument: Any) -> Int? {
        switch argument {
        case let n as Int: n
        case let n as Int64: Int(n)
        case let n as Int32: Int(n)
        default: nil
        }
    }
}
