import CWidth

/// Columns a terminal uses for text: glibc `wcwidth` per code point, summed.
///
///     DisplayWidth.of("山田太郎")   // 8
///     DisplayWidth.of("น้ำฝน")      // 4: the tone mark takes no column, SARA AM takes one
///
/// Swift's `Character` count is not a width, and a grapheme cluster is not a cell: the terminal
/// counts code points, so we do too.
public enum DisplayWidth {
    /// The width of one code point: 0 for marks and joiners, 2 for CJK and most emoji, -1 when not printable.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        // Printable ASCII is by far the most common: no call into libc.
        if v >= 0x20 && v < 0x7F { return 1 }
        return Int(cwidth_wcwidth(v))
    }

    /// The width of text already made inert (no control characters): the sum of its code points.
    public static func of(_ text: String) -> Int {
        var total = 0
        for scalar in text.unicodeScalars { total += max(0, of(scalar)) }
        return total
    }
}
