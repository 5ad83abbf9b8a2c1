import CSV
import Foundation
import MerchantCore
import MerchantStore

/// Reads shipments from a CSV file as spreadsheets export it: order, carrier, tracking and an optional
/// date per line, separated by commas, semicolons (Excel's default in Germany) or tabs, with or without
/// a header line, a byte-order mark, CRLF line ends and quoted fields (which may hold the separator, or
/// even a line break). Each shipment keeps the line of the file it starts on, for the messages.
enum ShipmentCSV {
    /// One shipment and the line of the file where its record starts.
    typealias Line = (line: Int, request: ShipmentRequest)

    static func read(path: String, now: Date) throws -> [Line] {
        guard let data = FileManager.default.contents(atPath: path) else { throw Refusal(tr("commands.file.unreadable", path)) }
        // Excel writes UTF-8 when asked for "CSV UTF-8", else the Windows code page.
        guard var text = String(data: data, encoding: .utf8) ?? String(data: data, encoding: .windowsCP1252) else {
            throw Refusal(tr("commands.csv.not-text", path))
        }
        if text.unicodeScalars.first == "\u{FEFF}" { text.unicodeScalars.removeFirst() }
        return try parse(text, name: path, now: now)
    }

    /// The shipments in `text`; `name` is how messages call the file.
    static func parse(_ text: String, name: String, now: Date) throws -> [Line] {
        let separator = detectSeparator(text)
        let reader: CSVReader
        do { reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: separator) } catch {
            throw Refusal(tr("commands.csv.not-csv", name))
        }
        var shipments: [Line] = []
        var line = 1
        var seenRecord = false
        while let row = reader.next() {
            let start = line
            // A record ends at one line break; a quoted field may hold more of them.
            line += 1 + row.reduce(0) { $0 + lineBreaks(in: $1) }
            var fields = row.map { $0.trimmingCharacters(in: .whitespaces) }
            while fields.count > 4, fields.last?.isEmpty == true { fields.removeLast() }
            if fields.allSatisfy(\.isEmpty) { continue }
            defer { seenRecord = true }
            // A header names its columns: its first field has no digit, unlike any order id.
            if !seenRecord, !fields[0].contains(where: \.isNumber) { continue }
            guard (3...4).contains(fields.count) else {
                throw Refusal(tr("commands.csv.fields", name, start, describe(separator), fields.count))
            }
            do {
                shipments.append((start, ShipmentRequest(
                    amazonOrderId: fields[0], carrier: try Carrier.parse(fields[1]), trackingNumber: fields[2],
                    shipDate: fields.count == 4 && !fields[3].isEmpty ? try ShipDate.parse(fields[3], now: now, timeZone: .current) : nil)))
            } catch {
                throw Refusal(tr("commands.csv.line", name, start, "\(error)"))
            }
        }
        if let error = reader.error { throw Refusal(tr("commands.csv.error", name, "\(error)")) }
        guard !shipments.isEmpty else { throw Refusal(tr("commands.csv.empty", name)) }
        return shipments
    }

    /// The separator of the first record: whichever of comma, semicolon and tab it has most of outside
    /// quotes (a comma when it has none of them).
    static func detectSeparator(_ text: String) -> Unicode.Scalar {
        var counts: [Unicode.Scalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted.toggle(); continue }
            if quoted { continue }
            if scalar == "\n" || scalar == "\r" {
                if counts.values.contains(where: { $0 > 0 }) { break } else { continue }
            }
            if counts[scalar] != nil { counts[scalar]! += 1 }
        }
        return [";", "\t"].reduce(",") { best, candidate in counts[candidate]! > counts[best]! ? candidate : best }
    }

    /// Line breaks inside a field: CRLF, LF or CR each end one line.
    private static func lineBreaks(in field: String) -> Int {
        var n = 0
        var afterCR = false
        for scalar in field.unicodeScalars {
            if scalar == "\r" { n += 1 } else if scalar == "\n", !afterCR { n += 1 }
            afterCR = scalar == "\r"
        }
        return n
    }

    private static func describe(_ separator: Unicode.Scalar) -> String {
        switch separator {
        case ";": tr("commands.csv.semicolons")
        case "\t": tr("commands.csv.tabs")
        default: tr("commands.csv.commas")
        }
    }
}
