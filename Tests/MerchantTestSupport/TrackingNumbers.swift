import Foundation

/// Valid tracking numbers for the end-to-end tests, the check digit computed by SPAPI.md's rules
/// (the same rules `TrackingNumber` checks), so a test can make thousands that all differ.
public enum TrackingNumbers {
    /// A number for `carrier` (a name `merchant ship --carrier` accepts), distinct for each `serial` below 10^9.
    public static func valid(_ carrier: String, serial: Int) -> String {
        switch carrier {
        case "UPS": return ups(serial)
        case "DHL Express": return dhlExpress(serial)
        case "Hermes": return hermes(serial)
        case "DHL": return dhlPaket(serial)
        case "USPS": return usps(serial)
        case "FedEx": return fedEx(serial)
        case "Royal Mail": return s10(serial, country: "GB")
        case "Deutsche Post": return s10(serial, country: "DE")
        default: fatalError("no generator for \(carrier)")
        }
    }

    /// The carriers `valid` knows, each with a check digit.
    public static let carriers = ["UPS", "DHL Express", "Hermes", "DHL", "USPS", "FedEx", "Royal Mail", "Deutsche Post"]

    /// The same number with its last digit changed: the right shape, a wrong check digit.
    public static func wrongCheckDigit(_ number: String) -> String {
        if let i = number.lastIndex(where: \.isNumber), let d = number[i].wholeNumberValue {
            return number.replacingCharacters(in: i...i, with: String((d + 1) % 10))
        }
        return number
    }

    private static func digits(_ s: String) -> [Int] { s.compactMap(\.wholeNumberValue) }
    private static func nine(_ serial: Int) -> String { String(format: "%09d", serial % 1_000_000_000) }

    /// Mod 10, weights 3 and 1 with 3 next to the check digit (USPS, DHL Paket 20, Hermes).
    private static func mod10Weights31(_ body: String) -> String {
        let sum = digits(body).reversed().enumerated().reduce(0) { $0 + $1.element * ($1.offset % 2 == 0 ? 3 : 1) }
        return body + String((10 - sum % 10) % 10)
    }

    /// `1Z` + 15 characters + check: letters count (ASCII − 3) mod 10, every second one doubled.
    public static func ups(_ serial: Int) -> String {
        let body = "5R8939" + nine(serial)
        var sum = 0
        for (i, ch) in body.unicodeScalars.enumerated() {
            let value = ch.properties.numericType != nil ? Int(ch.value) - 48 : (Int(ch.value) - 3) % 10
            sum += i % 2 == 1 ? 2 * value : value
        }
        return "1Z" + body + String((10 - sum % 10) % 10)
    }

    /// Ten digits: the first nine mod 7 is the tenth.
    public static func dhlExpress(_ serial: Int) -> String {
        let first = nine(serial)
        return first + String(Int(first)! % 7)
    }

    public static func hermes(_ serial: Int) -> String { mod10Weights31("0913" + nine(serial)) }
    public static func dhlPaket(_ serial: Int) -> String { mod10Weights31("0034043383" + nine(serial)) }
    public static func usps(_ serial: Int) -> String { mod10Weights31("0307179000" + nine(serial)) }

    /// Twelve digits: weights 3, 1, 7 over the first eleven, sum mod 11 mod 10.
    public static func fedEx(_ serial: Int) -> String {
        let body = "42" + nine(serial)
        let weights = [3, 1, 7]
        let sum = digits(body).enumerated().reduce(0) { $0 + $1.element * weights[$1.offset % 3] }
        return body + String(sum % 11 % 10)
    }

    /// UPU S10: two letters, eight digits, check (weights 8,6,4,2,3,5,9,7 mod 11), country.
    public static func s10(_ serial: Int, country: String) -> String {
        let eight = String(format: "%08d", serial % 100_000_000)
        let weights = [8, 6, 4, 2, 3, 5, 9, 7]
        let r = digits(eight).enumerated().reduce(0) { $0 + $1.element * weights[$1.offset] } % 11
        let check = r == 0 ? 5 : r == 1 ? 0 : 11 - r
        return "RB" + eight + String(check) + country
    }
}

