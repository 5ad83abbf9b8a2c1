extension TextFit {
    /// `text` made inert and broken into lines of at most `columns`, at spaces where it can.
    ///
    ///     TextFit.wrap("Enter the tracking number: 1Z and 16 letters or digits.", 24)
    ///     // ["Enter the tracking", "number: 1Z and 16", "letters or digits."]
    public static func wrap(_ text: String, _ columns: Int) -> [String] {
        guard columns > 0 else { return [] }
        var lines: [String] = []
        var line = ""
        for word in InertText.make(text).split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if DisplayWidth.of(candidate) <= columns {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            var rest = word
            // A word longer than a line is cut where the line ends.
            while DisplayWidth.of(rest) > columns {
                let head = prefix(rest, columns)
                guard !head.isEmpty else { break }
                lines.append(head)
                rest = String(rest.dropFirst(head.count))
            }
            line = rest
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// The end of `text` that fits in `columns`, with "…" in front when cut: a field shows what is being typed.
    public static func tail(_ text: String, _ columns: Int) -> String {
        let safe = InertText.make(text)
        guard DisplayWidth.of(safe) > columns else { return safe }
        guard columns > 1 else { return "…" }
        var out: [Unicode.Scalar] = []
        var used = 0
        for s in safe.unicodeScalars.reversed() {
            let w = max(0, DisplayWidth.of(s))
            if used + w > columns - 1 { break }
            out.append(s)
            used += w
        }
        return "…" + String(String.UnicodeScalarView(out.reversed()))
    }
}
