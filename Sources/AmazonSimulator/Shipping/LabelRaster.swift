import Foundation

/// The label painted in black and white pixels at a printer's resolution, for the PNG label: the same layout as the
/// PDF, text in `LabelFont` capitals, bars of whole pixels (a scanner reads bars of equal modules, not smeared ones).
struct LabelRaster {
    let width: Int, height: Int
    /// One byte per pixel, row by row from the top: 1 inked, 0 paper.
    private(set) var pixels: [UInt8]
    let dotsPerPoint: Double

    init(_ label: LabelContent, dpi: Int) {
        dotsPerPoint = Double(dpi) / 72
        width = Int((LabelContent.widthPoints * dotsPerPoint).rounded())
        height = Int((LabelContent.heightPoints * dotsPerPoint).rounded())
        pixels = Array(repeating: 0, count: width * height)
        for mark in label.layout { paint(mark) }
    }

    func inked(x: Int, y: Int) -> Bool { pixels[y * width + x] != 0 }

    /// Module width in pixels of the barcode of `text` fitted into `maxWidth` points.
    func module(_ text: String, maxWidth: Double) -> Int {
        max(1, Int(maxWidth * dotsPerPoint) / Code128.widths(text).reduce(0, +))
    }

    private mutating func paint(_ mark: LabelMark) {
        switch mark {
        case let .text(x, y, size, bold, value):
            // A cell of the 5×7 font is a square of whole pixels; capitals stand about 0.7 of the point size high.
            let cell = max(1, Int((size * 0.7 * dotsPerPoint / Double(LabelFont.height)).rounded()))
            var left = px(x)
            let top = py(y) - LabelFont.height * cell
            for ch in LabelScript.forRaster(value) {
                for row in 0..<LabelFont.height {
                    for column in 0..<LabelFont.width where LabelFont.inked(ch, column: column, row: row) {
                        fill(x: left + column * cell, y: top + row * cell, w: cell + (bold ? max(1, cell / 2) : 0), h: cell)
                    }
                }
                left += (LabelFont.width + 1) * cell + (bold ? max(1, cell / 2) : 0)
            }
        case let .rule(x1, x2, y):
            fill(x: px(x1), y: py(y), w: px(x2) - px(x1), h: max(1, Int(dotsPerPoint)))
        case let .barcode(text, x, y, height, maxWidth):
            let module = module(text, maxWidth: maxWidth)
            var at = px(x)
            for (i, w) in Code128.widths(text).enumerated() {
                if i % 2 == 0 { fill(x: at, y: py(y + height), w: w * module, h: Int(height * dotsPerPoint)) }
                at += w * module
            }
        }
    }

    private func px(_ points: Double) -> Int { Int((points * dotsPerPoint).rounded()) }
    /// PDF points count up from the bottom; pixel rows count down from the top.
    private func py(_ points: Double) -> Int { Int(((LabelContent.heightPoints - points) * dotsPerPoint).rounded()) }

    private mutating func fill(x: Int, y: Int, w: Int, h: Int) {
        for row in max(0, y)..<min(height, y + h) {
            for column in max(0, x)..<min(width, x + w) { pixels[row * width + column] = 1 }
        }
    }
}
