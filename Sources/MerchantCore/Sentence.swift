/// Ends a message as a sentence: refusals come both with and without their full stop (a tracking number's
/// explanation has one, a rule's refusal has none), and a message built from them must not read "digits..".
public enum Sentence {
    /// `text` with one full stop at its end, unless it already ends a sentence (. ! ? …).
    public static func end(_ text: String) -> String {
        let trimmed = text.trimmingTrailingSpaces
        guard let last = trimmed.last else { return trimmed }
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
