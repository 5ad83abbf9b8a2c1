import Foundation

/// A queue's URL, as the SQS console shows it: `https://sqs.eu-west-1.amazonaws.com/123456789012/orders`.
///
/// The region is read from AWS's host names (`sqs.REGION.amazonaws.com`, the legacy
/// `REGION.queue.amazonaws.com` and `queue.amazonaws.com` for us-east-1, and the `.com.cn` hosts);
/// a local SQS (moto, the simulator) has no region in its host, so the environment names it.
public struct SQSQueueURL: Sendable, Equatable, CustomStringConvertible {
    public let url: URL
    /// The account id, the first part of the path.
    public let accountId: String
    /// The queue's name, the last part of the path.
    public let name: String
    /// The region named by the host, nil for a host that is not AWS's.
    public let region: String?

    /// Reads `text` as a queue URL, or says in plain words what is wrong with it.
    public init(_ text: String) throws(AWSSettingsError) {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
              let host = url.host(), !host.isEmpty
        else { throw .notAQueueURL(text) }
        let parts = url.path(percentEncoded: false).split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count == 2 else { throw .notAQueueURL(text) }
        self.url = url
        self.accountId = String(parts[0])
        self.name = String(parts[1])
        self.region = Self.region(ofHost: host.lowercased())
    }

    public var description: String { url.absoluteString }

    /// `sqs.eu-west-1.amazonaws.com` → eu-west-1; `eu-west-1.queue.amazonaws.com` → eu-west-1;
    /// `queue.amazonaws.com` → us-east-1; anything else → nil.
    static func region(ofHost host: String) -> String? {
        let labels = host.split(separator: ".").map(String.init)
        guard let aws = labels.firstIndex(of: "amazonaws"), aws >= 1 else { return nil }
        let before = Array(labels[..<aws])
        if before == ["queue"] { return "us-east-1" }
        if before.count == 2, before[0] == "sqs" { return before[1] }
        if before.count == 2, before[1] == "queue" { return before[0] }
        return nil
    }
}
