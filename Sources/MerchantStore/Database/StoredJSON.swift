import MerchantCore

/// The JSON of the two small values kept in a column of every order (its address, a package's lines),
/// written by hand: Foundation's JSONEncoder took a sixth of the time of storing a page of orders.
/// Read back with JSONDecoder, which accepts it as its own (StoredJSONTests).
enum StoredJSON {
    static func address(_ a: PostalAddress) -> String {
        var out = "{"
        var first = true
        func field(_ key: String, _ value: String?) {
            guard let value else { return }
            out += (first ? "\"" : ",\"") + key + "\":" + quoted(value)
            first = false
        }
        field("name", a.name)
        out += (first ? "" : ",") + "\"lines\":[" + a.lines.map(quoted).joined(separator: ",") + "]"
        first = false
        field("city", a.city)
        field("postalCode", a.postalCode)
        field("region", a.region)
        field("countryCode", a.countryCode)
        field("phone", a.phone)
        return out + "}"
    }

    static func packageLines(_ lines: [PackageLine]) -> String {
        "[" + lines.map { "{\"orderItemId\":\(quoted($0.orderItemId)),\"quantity\":\($0.quantity)}" }.joined(separator: ",") + "]"
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as UTF-8.
    static func quoted(_ s: String) -> String {
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
