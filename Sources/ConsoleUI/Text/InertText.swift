/// Text from outside (buyer names, titles, addresses, errors) made safe and stable for a terminal.
///
///     InertText.make("Eve\u{1B}[2J")   // "Eve\u{1b}[2J" shown as the six visible characters \u{1b}
///
/// Control characters (C0, DEL, C1), bidi overrides and isolates, and code points the terminal
/// cannot print are written as visible escapes, so a name can never move the cursor, clear the
/// screen or reorder a line. Emoji sequences that terminals draw differently (ZWJ families, skin
/// tones, flags, presentation selectors) are reduced to their first emoji or a plain stand-in,
/// so that every row keeps its columns.
public enum InertText {
    public static func make(_ text: String) -> String {
        // The common case costs one pass and no allocation beyond the check.
        if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return text }
        var out = String.UnicodeScalarView()
        var scalars = Array(text.unicodeScalars)[...]
        var previousWasEmoji = false
        while let s = scalars.popFirst() {
            let v = s.value
            if mustEscape(s) {
                out.append(contentsOf: escape(s).unicodeScalars)
                previousWasEmoji = false
                continue
            }
            if v == 0xFE0F || v == 0xFE0E { continue }
            if (0x1F3FB...0x1F3FF).contains(v) && previousWasEmoji { continue }
            if v == 0x200D && previousWasEmoji {
                // A ZWJ sequence: keep the first emoji alone, drop the joined one and its modifiers.
                _ = scalars.popFirst()
                while let next = scalars.first, next.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(next.value) { scalars.removeFirst() }
                continue
            }
            if (0x1F1E6...0x1F1FF).contains(v) {
                // Regional indicators: a flag's letters (🇩🇪 becomes DE), the same width everywhere.
                out.append(Unicode.Scalar(v - 0x1F1E6 + 0x41)!)
                previousWasEmoji = false
                continue
            }
            out.append(s)
            previousWasEmoji = s.properties.isEmoji && DisplayWidth.of(s) > 0 && v > 0x7F
        }
        return String(out)
    }

    /// Whether a code point is never sent to a terminal as it is: C0, DEL, C1, bidi controls, unprintable.
    public static func mustEscape(_ s: Unicode.Scalar) -> Bool {
        isControl(s.value) || isBidiControl(s.value) || DisplayWidth.of(s) < 0
    }

    static func isControl(_ v: UInt32) -> Bool { v < 0x20 || (0x7F...0x9F).contains(v) }

    static func isBidiControl(_ v: UInt32) -> Bool {
        (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    static func escape(_ s: Unicode.Scalar) -> String { "\\u{\(String(s.value, radix: 16))}" }
}
