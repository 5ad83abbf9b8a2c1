import Crypto
import Foundation

/// The canonical request of Signature Version 4, the text both sides hash: a request reduced to one form
/// however its client spelled it (header case and spacing, query order, path segments).
struct SigV4Canonical {
    let request: String
    let signedHeaders: String

    /// Headers a proxy or HTTP client may add, drop or rewrite on the way: never signed (botocore's list).
    static let unsignedHeaders: Set<String> = [
        "connection", "expect", "keep-alive", "proxy-authenticate", "proxy-authorization", "te", "trailer",
        "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id",
    ]

    init(method: String, path: String, query: String, headers: [String: String], payload: Data) {
        var byName: [String: [String]] = [:]
        for (name, value) in headers {
            let name = name.lowercased()
            if !Self.unsignedHeaders.contains(name) { byName[name, default: []].append(Self.trimmingAll(value)) }
        }
        let names = byName.keys.sorted()
        // Two spellings of one name (`My-Header` and `my-header`) are one header: values joined by commas.
        let headerLines = names.map { "\($0):\(byName[$0]!.sorted().joined(separator: ","))" }
        signedHeaders = names.joined(separator: ";")
        request = [
            method.uppercased(), Self.path(path), Self.query(query),
            headerLines.joined(separator: "\n") + "\n", signedHeaders,
            SigV4Signer.hex(SHA256.hash(data: payload)),
        ].joined(separator: "\n")
    }

    /// The path as on the wire, dot segments and empty segments removed, then URI-encoded once more: every
    /// service but S3 signs the encoded path encoded again (`/a%20b` signs as `/a%2520b`), as botocore does.
    static func path(_ wirePath: String) -> String {
        var segments: [Substring] = []
        for segment in wirePath.split(separator: "/", omittingEmptySubsequences: true) where segment != "." {
            if segment == ".." { _ = segments.popLast() } else { segments.append(segment) }
        }
        var normalized = "/" + segments.joined(separator: "/")
        if wirePath.hasSuffix("/"), !segments.isEmpty { normalized += "/" }
        return encode(normalized, keepingSlash: true)
    }

    /// Each name and value decoded from the wire and encoded as AWS does, sorted by name, then by value.
    static func query(_ wireQuery: String) -> String {
        wireQuery.split(separator: "&", omittingEmptySubsequences: true)
            .map { pair -> (String, String) in
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                func canonical(_ text: Substring) -> String { encode(String(text).removingPercentEncoding ?? String(text), keepingSlash: false) }
                return (canonical(parts[0]), parts.count > 1 ? canonical(parts[1]) : "")
            }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map { "\($0.0)=\($0.1)" }
            .joined(separator: "&")
    }

    /// Leading and trailing white space dropped, each run inside it one space (AWS's "Trimall").
    static func trimmingAll(_ value: String) -> String {
        value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// RFC 3986 encoding of UTF-8 bytes: only `A-Z a-z 0-9 - _ . ~` (and `/` in a path) stay as they are.
    static func encode(_ text: String, keepingSlash: Bool) -> String {
        var encoded = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                encoded.unicodeScalars.append(Unicode.Scalar(byte))
            case UInt8(ascii: "/") where keepingSlash:
                encoded.append("/")
            default:
                encoded += String(format: "%%%02X", byte)
            }
        }
        return encoded
    }
}
