import Foundation

/// Text for a terminal: widths as the terminal counts them, and data from outside made inert.
enum Terminal {
    /// Control characters (C0, DEL, C1) and bidi overrides from buyer names or titles are shown as
    /// visible escapes, so a name can never move the cursor, change the title or reorder a line.
    static func inert(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x00...0x1F, 0x7F...0x9F, 0x202A...0x202E, 0x2066...0x2069:
                out += "\\u{\(String(scalar.value, radix: 16))}"
            default:
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Columns a terminal uses for this text: two for East Asian wide and most emoji, none for
    /// combining marks (Thai vowels and tone marks above and below), one otherwise.
    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + width(of: $1) }
    }

    static func width(of s: Unicode.Scalar) -> Int {
        let v = s.value
        if v == 0 { return 0 }
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if v == 0x200B || (0xFE00...0xFE0F).contains(v) { return 0 }
        if (0x1100...0x115F).contains(v) || (0x2E80...0x303E).contains(v) || (0x3041...0x33FF).contains(v)
            || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xA000...0xA4CF).contains(v)
            || (0xAC00...0xD7A3).contains(v) || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v)
            || (0xFF00...0xFF60).contains(v) || (0xFFE0...0xFFE6).contains(v) || (0x1F300...0x1F64F).contains(v)
            || (0x1F900...0x1F9FF).contains(v) || (0x1F680...0x1F6FF).contains(v) || (0x20000...0x3FFFD).contains(v)
            || (0x2600...0x26FF).contains(v) && s.properties.isEmojiPresentation {
            return 2
        }
        return 1
    }

    /// Cuts or pads to exactly `columns` terminal columns; a wide character that would not fit is replaced by a space.
    static func fit(_ text: String, _ columns: Int) -> String {
        var out = ""
        var used = 0
        for scalar in inert(text).unicodeScalars {
            let w = width(of: scalar)
            if used + w > columns {
                if used < columns && w > 0 { out += String(repeating: " ", count: columns - used); used = columns }
                break
            }
            out.unicodeScalars.append(scalar)
            used += w
        }
        // Marks that follow the last character belong with it.
        return out + String(repeating: " ", count: max(0, columns - used))
    }
}
