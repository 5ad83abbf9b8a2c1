import Foundation

/// Money that SP-API sends as a JSON number, read from the digits as written.
///
///     let data = JSONNumberText.quotingNumbers(ofKeys: ["currencyAmount"], in: #"{"currencyAmount": 8.56}"#.data(using: .utf8)!)
///     // {"currencyAmount": "8.56"}: decoded as text, then `decimal("8.56")` is exactly 8.56
///
/// Why: a JSON number is only text; whether `JSONDecoder` turns it into a `Decimal` from its digits or by way
/// of a `Double` (8.56 → 8.5600000000000004096) depends on the Foundation it runs on (the older ones go
/// through `NSNumber`'s double). Quoting the numbers of the money keys before decoding takes the question away.
public enum JSONNumberText {
    /// `data` with every number that is the value of one of `keys` turned into a string of the same digits.
    /// Strings (and keys inside them) are skipped whole, escapes included; everything else is copied as is.
    public static func quotingNumbers(ofKeys keys: Set<String>, in data: Data) -> Data {
        let wanted = Set(keys.map { Array($0.utf8) })
        let bytes = [UInt8](data)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + 64)
        var i = 0
        var lastString: ArraySlice<UInt8>?   // the string just closed, while only whitespace and a colon follow it
        var afterKeyColon = false
        while i < bytes.count {
            let b = bytes[i]
            if b == UInt8(ascii: "\"") {
                let start = i
                i += 1
                while i < bytes.count, bytes[i] != UInt8(ascii: "\"") { i += bytes[i] == UInt8(ascii: "\\") ? 2 : 1 }
                i = min(i + 1, bytes.count)
                out.append(contentsOf: bytes[start..<i])
                lastString = bytes[(start + 1)..<max(start + 1, i - 1)]
                afterKeyColon = false
                continue
            }
            if isWhitespace(b) { out.append(b); i += 1; continue }
            if b == UInt8(ascii: ":"), let key = lastString {
                afterKeyColon = wanted.contains(Array(key))
                lastString = nil
                out.append(b)
                i += 1
                continue
            }
            if afterKeyColon, b == UInt8(ascii: "-") || (b >= 48 && b <= 57) {
                let start = i
                while i < bytes.count, isNumberByte(bytes[i]) { i += 1 }
                out.append(UInt8(ascii: "\""))
                out.append(contentsOf: bytes[start..<i])
                out.append(UInt8(ascii: "\""))
                afterKeyColon = false
                continue
            }
            lastString = nil
            afterKeyColon = false
            out.append(b)
            i += 1
        }
        return Data(out)
    }

    /// The exact value of a JSON number written as text ("8.56", "-1234.5", "1E+2"); nil for anything else
    /// ("8.56abc", "1,5", " 2", "NaN"), which `Decimal(string:)` alone would partly accept.
    public static func decimal(_ text: String) -> Decimal? {
        guard isJSONNumber(text) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// JSON's grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    static func isJSONNumber(_ text: String) -> Bool {
        var s = Substring(text).utf8[...]
        func digits() -> Int {
            var n = 0
            while let c = s.first, c >= 48, c <= 57 { s = s.dropFirst(); n += 1 }
            return n
        }
        if s.first == UInt8(ascii: "-") { s = s.dropFirst() }
        if s.first == UInt8(ascii: "0") { s = s.dropFirst() } else if digits() == 0 { return false }
        if s.first == UInt8(ascii: ".") {
            s = s.dropFirst()
            guard digits() > 0 else { return false }
        }
        if s.first == UInt8(ascii: "e") || s.first == UInt8(ascii: "E") {
            s = s.dropFirst()
            if s.first == UInt8(ascii: "+") || s.first == UInt8(ascii: "-") { s = s.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return s.isEmpty
    }

    private static func isWhitespace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func isNumberByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || b == UInt8(ascii: "-") || b == UInt8(ascii: "+") || b == UInt8(ascii: ".")
            || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
    }
}
