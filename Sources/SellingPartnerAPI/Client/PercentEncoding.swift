import Foundation

/// Strict percent-encoding of one path segment or query component. A SKU may hold `/`, `#`, `?`,
/// spaces or non-ASCII letters, a pagination token `+`, `/` and `=`; left raw they would change the
/// path or the query, so only RFC 3986's unreserved characters stay as they are.
enum PercentEncoding {
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    static func component(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? value
    }
}
