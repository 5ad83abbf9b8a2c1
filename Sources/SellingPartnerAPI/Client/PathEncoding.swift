import Foundation

/// Percent-encoding of one path segment. A SKU may hold `/`, `#`, `?`, spaces or non-ASCII letters;
/// left raw they would change the path or the query, so only RFC 3986's unreserved characters stay.
enum PathEncoding {
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func segment(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}
