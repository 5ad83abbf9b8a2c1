/// Cutting and padding text to a number of terminal columns.
public enum TextFit {
    /// `text` made inert, cut to at most `columns` (with "…" when cut) and padded with spaces to exactly `columns`.
    public static func pad(_ text: String, _ columns: Int, ellipsis: Bool = true) -> String {
        guard columns > 0 else { return "" }
        let safe = InertText.make(text)
        let width = DisplayWidth.of(safe)
        if width <= columns { return safe + String(repeating: " ", count: columns - width) }
        let cut = prefix(safe, ellipsis ? columns - 1 : columns)
        let body = ellipsis ? cut + "…" : cut
        return body + String(repeating: " ", count: columns - DisplayWidth.of(body))
    }

    /// Like `pad`, with the text at the right edge (amounts, counts).
    public static func right(_ text: String, _ columns: Int) -> String {
        guard columns > 0 else { return "" }
        let safe = InertText.make(text)
        let width = DisplayWidth.of(safe)
        if width >= columns { return pad(safe, columns) }
        return String(repeating: " ", count: columns - width) + safe
    }

    /// The longest start of `text` that fits in `columns`; marks after the last character stay with it.
    public static func prefix(_ text: String, _ columns: Int) -> String {
        var out = String.UnicodeScalarView()
        var used = 0
        for s in text.unicodeScalars {
            let w = max(0, DisplayWidth.of(s))
            if used + w > columns { break }
            out.append(s)
            used += w
        }
        return String(out)
    }
}
