/// Ends a message as a sentence: refusals come both with and without their full stop (a tracking number's
/// explanation has one, a rule's refusal has none), and a message built from them must not read "digits..".
public enum Sentence {
    /// `text` with one full stop at its end, unless it already ends a sentence (. ! ? …). Thai ends a sentence
    /// with no mark at all (a space parts sentences), so in Thai the text is only trimmed.
    public static func end(_ text: String, _ language: Language = .current) -> String {
        let trimmed = text.trimmingTrailingSpaces
        guard let last = trimmed.last, language != .thai else { return trimmed }
        return ".!?…".contains(last) ? trimmed : trimmed + "."
    }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
