import Foundation

/// Where things sit on a 4×6 inch label, in PDF points from the bottom left: one layout that the PDF writes as
/// drawing operators and the PNG paints as pixels, so both formats show the same label.
enum LabelMark: Equatable {
    /// A line of text whose baseline starts at (x, y), `size` points high.
    case text(x: Double, y: Double, size: Double, bold: Bool, String)
    /// A horizontal rule from x1 to x2 at y.
    case rule(x1: Double, x2: Double, y: Double)
    /// The Code 128 barcode of a text, bars `height` high from y up, no wider than `maxWidth`.
    case barcode(String, x: Double, y: Double, height: Double, maxWidth: Double)
}

extension LabelContent {
    static let widthPoints = 288.0, heightPoints = 432.0   // 4 × 6 inches

    /// The label's marks, top to bottom.
    var layout: [LabelMark] {
        var marks: [LabelMark] = [.text(x: 18, y: 400, size: 16, bold: true, "\(carrierName) - \(serviceName)"), .rule(x1: 18, x2: 270, y: 390),
                                  .text(x: 18, y: 374, size: 8, bold: true, "FROM")]
        for (i, line) in from.enumerated() { marks.append(.text(x: 18, y: 362 - 10 * Double(i), size: 8, bold: false, line)) }
        marks.append(.text(x: 18, y: 300, size: 10, bold: true, "TO"))
        for (i, line) in to.enumerated() { marks.append(.text(x: 18, y: 284 - 15 * Double(i), size: 13, bold: false, line)) }
        marks += [.rule(x1: 18, x2: 270, y: 200), .barcode(trackingId, x: 24, y: 110, height: 70, maxWidth: 240),
                  .text(x: 24, y: 94, size: 12, bold: true, trackingId), .text(x: 24, y: 70, size: 9, bold: false, "Order \(orderId) - \(weightText)"),
                  .text(x: 24, y: 56, size: 7, bold: false, "Bought with Amazon Buy Shipping (simulated)")]
        return marks
    }
}
