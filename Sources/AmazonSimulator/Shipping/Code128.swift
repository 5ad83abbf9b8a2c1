import Foundation

/// Code 128 (set B), the barcode carriers print their tracking numbers in, drawn as PDF rectangles.
enum Code128 {
    /// Bar and space widths (in modules) of each symbol value 0 to 105; every symbol is 11 modules wide.
    static let patterns: [String] = """
        212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231 113222
        123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 212123 212321
        232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121
        313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224
        111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 241112 134111
        111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113
        114311 411113 411311 113141 114131 311141 411131 211412 211214 211232
        """.split(whereSeparator: \.isWhitespace).map(String.init)
    static let startB = 104
    static let stop = "2331112"

    /// The symbol values of `text` in set B (printable ASCII; anything else as `?`), with start and checksum.
    static func values(_ text: String) -> [Int] {
        let data = text.unicodeScalars.map { (0x20..<0x7F).contains($0.value) ? Int($0.value) - 32 : 31 }
        let checksum = data.enumerated().reduce(startB) { $0 + ($1.offset + 1) * $1.element } % 103
        return [startB] + data + [checksum]
    }

    /// Widths of bars and spaces, alternating from a bar, for the whole symbol including the stop.
    static func widths(_ text: String) -> [Int] {
        (values(text).map { patterns[$0] } + [stop]).flatMap { $0.compactMap(\.wholeNumberValue) }
    }

    /// PDF path operators filling the bars of `text`, starting at (x, y), `height` high, no wider than `maxWidth`.
    static func bars(_ text: String, x: Double, y: Double, height: Double, maxWidth: Double) -> String {
        let widths = widths(text)
        let module = min(1.5, maxWidth / Double(widths.reduce(0, +)))
        var out = ""
        var at = x
        for (i, w) in widths.enumerated() {
            let width = Double(w) * module
            if i % 2 == 0 { out += String(format: "%.3f %.1f %.3f %.1f re\n", at, y, width, height) }
            at += width
        }
        return out + "f\n"
    }
}
