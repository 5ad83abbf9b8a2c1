import Foundation

/// What a carrier label shows: the service, the tracking number, who sends, who receives, the order and the weight.
struct LabelContent: Codable, Equatable {
    var carrierName: String
    var serviceName: String
    var trackingId: String
    var from: [String]
    var to: [String]
    var orderId: String
    var grams: Int

    /// The label as a file in `format`: a one-page PDF, a PNG at `dpi` dots per inch, or ZPL for a thermal printer.
    func document(_ format: String, dpi: Int? = nil) -> Data? {
        switch format {
        case "PDF": LabelPDF.make(self)
        case "PNG": PNGImage.make(LabelRaster(self, dpi: dpi ?? Self.defaultDPI), dpi: dpi ?? Self.defaultDPI)
        case "ZPL": Data(LabelZPL.make(self).utf8)
        default: nil
        }
    }

    /// The formats simulated Amazon makes labels in, and the resolutions a PNG comes in (a thermal printer's 203 and 300).
    static let formats = ["PDF", "PNG", "ZPL"]
    static let dpis = [203, 300]
    static let defaultDPI = 203

    var weightText: String { grams >= 1000 ? String(format: "%.1f kg", Double(grams) / 1000) : "\(grams) g" }
}

/// ZPL II between `^XA` and `^XZ`: UTF-8 text (`^CI28`), so German, Thai and Japanese names print as written, and a
/// Code 128 barcode of the tracking number (`^BC`) drawn by the printer itself.
enum LabelZPL {
    static func make(_ label: LabelContent) -> String {
        var lines = ["^XA", "^CI28", "^PW812", "^LL1218"]
        func text(_ y: Int, _ size: Int, _ value: String) { lines.append("^FO40,\(y)^A0N,\(size),\(size)^FD\(field(value))^FS") }
        text(40, 48, "\(label.carrierName) · \(label.serviceName)")
        lines.append("^FO40,100^GB732,3,3^FS")
        text(120, 26, "FROM")
        for (i, line) in label.from.enumerated() { text(150 + 30 * i, 26, line) }
        text(330, 30, "TO")
        for (i, line) in label.to.enumerated() { text(370 + 42 * i, 40, line) }
        lines.append("^FO40,640^GB732,3,3^FS")
        lines.append("^FO60,680^BY3^BCN,200,N,N,N^FD\(field(label.trackingId))^FS")
        text(900, 40, label.trackingId)
        text(960, 26, "Order \(label.orderId) · \(label.weightText)")
        lines.append("^XZ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Field data without ZPL's command characters.
    static func field(_ value: String) -> String {
        String(value.map { $0 == "^" || $0 == "~" ? " " : $0 })
    }
}
