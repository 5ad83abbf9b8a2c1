import Foundation
import Testing

/// Every SQL statement binds its values (`?` and arguments); a string interpolated into SQL may only be
/// the statement's own structure: a clause built from constants, a column name, a list of `?`.
@Suite("SQL binds its values")
struct SQLBindingTests {
    /// Interpolations that are structure, not values: each is built in the same function from constants.
    static let structural: Set<String> = [
        "whereClause", "order", "index", "columns", "column", "marks", "filter", "name", "down ? \"<\" : \">\"",
        "Array(repeating: \"?\", count: values.count).joined(separator: \",\")",
        // A shipped migration is never edited; this constant is a number written by the code itself.
        "FBAStock.initialQuantity",
        // Constant column lists and conditions shared by a list's statements, and a search window's bound and direction.
        "shippedColumns", "Self.shippedColumns", "stillToShip", "Self.refundColumns", "Self.cancellationColumns", "bound", "direction",
        // MerchantCore's status lists written as constants from the enum, to match their partial indexes (StatusSQL).
        "StatusSQL.awaitingPayment", "StatusSQL.toShip", "StatusSQL.localCancelled",
        // The conditions of a package's confirmation state, constants shared by the list and the opened order.
        "ShipmentSQL.labelSold", "ShipmentSQL.packagesNotAccepted", "confirmationDone", "labelSold",
    ]

    @Test("no SQL string in Sources interpolates a value")
    func noValueInterpolated() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let sources = root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        #expect(files.count > 50)
        var scanned = 0
        let sqlWords = try Regex("(?i)\\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|CREATE TABLE|WHERE|ORDER BY|LIMIT|VALUES)\\b")
        var offenders: [String] = []
        var statements = 0
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            // Only code that can reach SQLite (GRDB) runs SQL; elsewhere "where" and "values" are English.
            guard text.contains("import GRDB") || text.contains("cachedExecute") || text.contains("cachedRows") else { continue }
            // String literals: triple-quoted blocks and one-line strings.
            let literals = try Regex(#"\"\"\"[\s\S]*?\"\"\"|\"(?:[^\"\\\n]|\\.)*\""#)
            scanned += 1
            for match in text.matches(of: literals) {
                let literal = String(text[match.range])
                guard literal.contains(sqlWords) else { continue }
                statements += 1
                // GRDB's `SQL` literal binds every value interpolated into it: `literal: "… \(value)"`.
                if text[..<match.range.lowerBound].hasSuffix("literal: ") { continue }
                for interpolation in Self.interpolations(in: literal) where !Self.structural.contains(interpolation) {
                    let line = text[..<match.range.lowerBound].filter { $0 == "\n" }.count + 1
                    offenders.append("\(file.lastPathComponent):\(line): \\(\(interpolation))")
                }
            }
        }
        #expect(scanned > 20 && statements > 100, "\(scanned) files, \(statements) statements")
        #expect(offenders.isEmpty, "values interpolated into SQL: \(offenders)")
    }

    /// The expressions of `\( ... )` in a literal, with nested parentheses.
    static func interpolations(in literal: String) -> [String] {
        var found: [String] = []
        var chars = Array(literal)[...]
        while let start = chars.firstIndex(of: "\\") {
            chars = chars[(start + 1)...]
            guard chars.first == "(" else { continue }
            var depth = 0
            var expression = ""
            for c in chars {
                if c == "(" { depth += 1; if depth == 1 { continue } }
                if c == ")" { depth -= 1; if depth == 0 { break } }
                expression.append(c)
            }
            found.append(expression)
            chars = chars.dropFirst(expression.count + 1)
        }
        return found
    }
}
