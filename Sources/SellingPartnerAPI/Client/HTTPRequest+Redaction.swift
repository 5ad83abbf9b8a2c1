import Foundation

/// A request printed, debug-printed or dumped (a log line, a test failure) never shows the secrets it carries:
/// the access token header is "<redacted>", and a form body (Login with Amazon's, which holds the client
/// secret and the refresh token) is shown by its size only.
extension HTTPRequest: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    static let secretHeaders: Set<String> = ["x-amz-access-token", "authorization"]

    public var description: String {
        let query = self.query.isEmpty ? "" : "?" + self.query.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        let headers = self.headers.keys.sorted().map { name in
            "\(name): \(Self.secretHeaders.contains(name.lowercased()) ? "<redacted>" : self.headers[name]!)"
        }.joined(separator: ", ")
        return "\(method) \(path)\(query) [\(headers)]" + (body.map { " \(bodySummary($0))" } ?? "")
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror { Mirror(self, children: ["request": description], displayStyle: .struct) }

    private func bodySummary(_ body: Data) -> String {
        let type = headers.first { $0.key.lowercased() == "content-type" }?.value ?? ""
        if type.hasPrefix("application/json") || type.hasPrefix("text/") { return String(decoding: body, as: UTF8.self) }
        return "<\(body.count) bytes>"
    }
}
