import Foundation

/// Label text in the letters a label's font can print. A real Buy Shipping label prints Thai and Japanese names in a
/// font that has them; the simulator's PDF has only the standard Latin fonts and its PNG a small capitals font, and
/// no machine this runs on is sure to have a Thai or Japanese font to embed. So text in another script is never a
/// silent `?`: each run of it is named, "[Thai script]", and the ZPL label (printed by the printer's own font) keeps it.
enum LabelScript {
    /// For the PDF's WinAnsi fonts: printable ASCII and Latin-1 as they are, other scripts named.
    static func forPDF(_ text: String) -> String {
        marked(text) { (0x20..<0x7F).contains($0.value) || (0xA0...0xFF).contains($0.value) }
    }

    /// For the PNG's capitals: Latin letters in capitals (Ä as AE, ß as SS, é as E, as postal labels spell them),
    /// other scripts named. What the font still lacks shows as its box, never dropped.
    static func forRaster(_ text: String) -> String {
        let german: [Character: String] = ["Ä": "AE", "Ö": "OE", "Ü": "UE"]
        return marked(text) { $0.value < 0x250 }.uppercased().map { ch in
            if let spelt = german[ch] { return spelt }
            if ch.isASCII { return String(ch) }
            return String(String(ch).decomposedStringWithCanonicalMapping.unicodeScalars.first { $0.isASCII }.map(Character.init) ?? ch)
        }.joined()
    }

    /// `text` with each run of letters `printable` refuses replaced by its script's name. Spaces inside a run stay in
    /// it; symbols that are not letters (emoji, joiners, variation selectors) are left off, as labels leave them.
    static func marked(_ text: String, printable: (Unicode.Scalar) -> Bool) -> String {
        var out = "", run: String?, gap = ""
        func close() {
            if let name = run { out += "[\(name)]" + gap }
            run = nil
            gap = ""
        }
        for scalar in text.unicodeScalars {
            if printable(scalar) {
                if scalar == " ", run != nil { gap += " "; continue }
                close()
                out.unicodeScalars.append(scalar)
            } else if let name = script(scalar) {
                if run != name { close() }
                run = name
                gap = ""
            }
        }
        if let name = run { out += "[\(name)]" }
        return out.trimmingCharacters(in: .whitespaces)
    }

    /// The script a letter belongs to, as a merchant would call it; nil for a symbol that is not a letter.
    static func script(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x0E00...0x0E7F: return "Thai script"
        case 0x3000...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF00...0xFFEF: return "Japanese script"
        default:
            let p = scalar.properties
            return p.isAlphabetic || p.numericType != nil ? "non-Latin script" : nil
        }
    }
}
