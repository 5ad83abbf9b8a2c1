import Foundation

/// A one-page PDF label (4×6 inches): text in Helvetica and the tracking number as a Code 128 barcode.
///
/// A minimal PDF written by hand: catalog, pages, one page, two standard fonts, one content stream, and a cross-
/// reference table whose offsets are the objects' byte positions, so any reader opens it. The standard fonts know
/// Latin-1 (WinAnsi) only: text in another script is marked as such (`LabelScript`), never a silent `?`; the ZPL keeps it.
enum LabelPDF {
    static let width = Int(LabelContent.widthPoints), height = Int(LabelContent.heightPoints)

    static func make(_ label: LabelContent) -> Data {
        var content = ""
        for mark in label.layout {
            switch mark {
            case let .text(x, y, size, bold, value):
                content += "BT /\(bold ? "F2" : "F1") \(Int(size)) Tf \(Int(x)) \(Int(y)) Td \(literal(LabelScript.forPDF(value))) Tj ET\n"
            case let .rule(x1, x2, y): content += "\(Int(x1)) \(Int(y)) m \(Int(x2)) \(Int(y)) l S\n"
            case let .barcode(text, x, y, height, maxWidth): content += Code128.bars(text, x: x, y: y, height: height, maxWidth: maxWidth)
            }
        }
        let stream = Data(content.utf8)
        let objects: [Data] = [
            Data("<< /Type /Catalog /Pages 2 0 R >>".utf8),
            Data("<< /Type /Pages /Kids [3 0 R] /Count 1 >>".utf8),
            Data("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>".utf8),
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>".utf8),
            Data("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>".utf8),
            Data("<< /Length \(stream.count) >>\nstream\n".utf8) + stream + Data("endstream".utf8),
        ]
        var pdf = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(pdf.count)
            pdf += Data("\(i + 1) 0 obj\n".utf8) + body + Data("\nendobj\n".utf8)
        }
        let xref = pdf.count
        // Each entry is exactly 20 bytes: 10-digit offset, space, 5-digit generation, space, n or f, space, newline.
        var table = "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(repeating: "0", count: 10 - String(offset).count) + "\(offset) 00000 n \n" }
        table += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return pdf + Data(table.utf8)
    }

    /// A PDF string literal in WinAnsi: `(`, `)` and `\` escaped, Latin-1 letters as octal escapes, the rest `?`
    /// (`LabelScript.forPDF` has replaced every such letter before).
    static func literal(_ text: String) -> String {
        var out = "("
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x28, 0x29, 0x5C: out += "\\" + String(scalar)
            case 0x20..<0x7F: out += String(scalar)
            case 0xA0...0xFF: out += "\\" + String(scalar.value, radix: 8)
            default: out += "?"
            }
        }
        return out + ")"
    }
}
