import Foundation

/// A one-page PDF label (4×6 inches): text in Helvetica and the tracking number as a Code 128 barcode.
///
/// A minimal PDF written by hand: catalog, pages, one page, two standard fonts, one content stream, and a cross-
/// reference table whose offsets are the objects' byte positions, so any reader opens it. The standard fonts know
/// Latin-1 (WinAnsi) only: a letter outside it (Thai, Japanese) is printed as `?` here; the ZPL label keeps it.
enum LabelPDF {
    static let width = 288, height = 432   // points: 4 × 6 inches

    static func make(_ label: LabelContent) -> Data {
        var content = ""
        func text(_ x: Int, _ y: Int, _ size: Int, bold: Bool = false, _ value: String) {
            content += "BT /\(bold ? "F2" : "F1") \(size) Tf \(x) \(y) Td \(literal(value)) Tj ET\n"
        }
        text(18, 400, 16, bold: true, "\(label.carrierName) - \(label.serviceName)")
        content += "18 390 m 270 390 l S\n"
        text(18, 374, 8, bold: true, "FROM")
        for (i, line) in label.from.enumerated() { text(18, 362 - 10 * i, 8, line) }
        text(18, 300, 10, bold: true, "TO")
        for (i, line) in label.to.enumerated() { text(18, 284 - 15 * i, 13, line) }
        content += "18 200 m 270 200 l S\n"
        content += Code128.bars(label.trackingId, x: 24, y: 110, height: 70, maxWidth: 240)
        text(24, 94, 12, bold: true, label.trackingId)
        text(24, 70, 9, "Order \(label.orderId) - \(label.weightText)")
        text(24, 56, 7, "Bought with Amazon Buy Shipping (simulated)")

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

    /// A PDF string literal in WinAnsi: `(`, `)` and `\` escaped, Latin-1 letters as octal escapes, the rest `?`.
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
