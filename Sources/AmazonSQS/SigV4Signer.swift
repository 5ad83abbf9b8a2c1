import Crypto
import Foundation

/// Signs a request with AWS Signature Version 4 (header form), the way botocore does for every service but S3.
///
/// ```swift
/// let signer = SigV4Signer(credentials: settings.credentials, region: "eu-west-1", service: "sqs")
/// let signed = signer.signed(request, at: Date())   // adds X-Amz-Date, X-Amz-Security-Token, Authorization
/// ```
///
/// The steps are AWS's: a canonical request (method, path, query, headers, signed header names, the body's
/// SHA-256), a string to sign (algorithm, time, scope, the canonical request's SHA-256), a signing key
/// derived from the secret by HMAC over day, region, service and `aws4_request`, and the HMAC of the string
/// to sign under that key. The body's hash is signed, not sent: botocore sends no `x-amz-content-sha256`
/// to SQS, and AWS does not ask for one outside S3.
public struct SigV4Signer: Sendable {
    public let credentials: AWSCredentials
    public let region: String
    public let service: String

    public init(credentials: AWSCredentials, region: String, service: String) {
        self.credentials = credentials
        self.region = region
        self.service = service
    }

    /// `request` with `X-Amz-Date`, `X-Amz-Security-Token` (temporary credentials only) and `Authorization`
    /// set for the moment `date`; earlier values of these headers are replaced, so a retry signs afresh.
    public func signed(_ request: AWSHTTPRequest, at date: Date) -> AWSHTTPRequest {
        var request = request
        let replaced: Set<String> = ["authorization", "x-amz-date", "x-amz-security-token"]
        request.headers = request.headers.filter { !replaced.contains($0.key.lowercased()) }
        let timestamp = Self.timestamp(date)
        request.headers["X-Amz-Date"] = timestamp
        if let token = credentials.sessionToken { request.headers["X-Amz-Security-Token"] = token }
        // Host is signed but not set: the HTTP client writes it from the URL, as the server will read it.
        var signedHeaders = request.headers
        if !signedHeaders.keys.contains(where: { $0.lowercased() == "host" }) { signedHeaders["host"] = Self.host(of: request.url) }
        request.headers["Authorization"] = authorization(
            method: request.method, path: request.url.path(percentEncoded: true),
            query: request.url.query(percentEncoded: true) ?? "", headers: signedHeaders,
            payload: request.body, timestamp: timestamp)
        return request
    }

    /// The `Authorization` header for a request whose request line carries `path` and `query` as they go on
    /// the wire, and whose headers (Host and X-Amz-Date among them) are `headers`.
    func authorization(method: String, path: String, query: String, headers: [String: String], payload: Data, timestamp: String) -> String {
        let canonical = SigV4Canonical(method: method, path: path, query: query, headers: headers, payload: payload)
        let signature = HMAC<SHA256>.authenticationCode(for: Data(stringToSign(canonical.request, timestamp: timestamp).utf8),
                                                        using: signingKey(day: String(timestamp.prefix(8))))
        return "AWS4-HMAC-SHA256 Credential=\(credentials.accessKeyId)/\(scope(day: String(timestamp.prefix(8)))), "
            + "SignedHeaders=\(canonical.signedHeaders), Signature=\(Self.hex(signature))"
    }

    /// Algorithm, time, scope, and the canonical request's SHA-256 in hex, one per line.
    func stringToSign(_ canonicalRequest: String, timestamp: String) -> String {
        ["AWS4-HMAC-SHA256", timestamp, scope(day: String(timestamp.prefix(8))),
         Self.hex(SHA256.hash(data: Data(canonicalRequest.utf8)))].joined(separator: "\n")
    }

    /// The key for one day, region and service: HMAC chained from `AWS4` + secret.
    func signingKey(day: String) -> SymmetricKey {
        var key = SymmetricKey(data: Data("AWS4\(credentials.secretAccessKey)".utf8))
        for part in [day, region, service, "aws4_request"] {
            key = SymmetricKey(data: Data(HMAC<SHA256>.authenticationCode(for: Data(part.utf8), using: key)))
        }
        return key
    }

    func scope(day: String) -> String { "\(day)/\(region)/\(service)/aws4_request" }

    /// `20150830T123600Z`: the signature's time, in UTC.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// The Host header a client sends for `url`: the port only where it is not the scheme's own.
    static func host(of url: URL) -> String {
        let host = url.host(percentEncoded: true) ?? ""
        guard let port = url.port else { return host }
        let standard = url.scheme?.lowercased() == "https" ? 443 : 80
        return port == standard ? host : "\(host):\(port)"
    }

    static func hex<D: Sequence>(_ bytes: D) -> String where D.Element == UInt8 {
        bytes.map { String(format: "%02x", $0) }.joined()
    }
}
