import Foundation
@testable import AmazonSQS

/// A generated request for the botocore comparison: a path and query as a client puts them on the wire,
/// headers as a caller spells them, a body of German, Thai and emoji text, credentials, region, service, time.
struct SigV4Case: Encodable, CustomStringConvertible {
    let method: String
    /// `scheme://host[:port]` and the percent-encoded path, without the query (botocore takes that apart).
    let url: String
    let path: String
    /// Decoded names and values, repeated names included, in the order given.
    let query: [(String, String)]
    let headers: [String: String]
    let body: Data
    let accessKey: String
    let secret: String
    let token: String?
    let region: String
    let service: String
    let time: Int

    var description: String { "\(method) \(url)?\(Self.wire(query)) \(headers) region \(region) \(service)" }

    func signedByUs() -> String {
        let full = URL(string: query.isEmpty ? url : "\(url)?\(Self.wire(query))")!
        let signer = SigV4Signer(credentials: AWSCredentials(accessKeyId: accessKey, secretAccessKey: secret, sessionToken: token),
                                 region: region, service: service)
        let request = AWSHTTPRequest(method: method, url: full, headers: headers, body: body)
        return signer.signed(request, at: Date(timeIntervalSince1970: TimeInterval(time))).headers["Authorization"] ?? ""
    }

    /// The query as a client writes it: Foundation's own encoding for queries, which leaves much alone that
    /// AWS's canonical form encodes (`:`, `/`, `?`, `@`, `!`, `$`, `'`, `(`, `)`, `*`, `,`, `;`).
    static func wire(_ query: [(String, String)]) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+#")
        return query.map { "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
            .joined(separator: "&")
    }

    static let segments = ["orders", "a b", "Grüße", "น้ำ", "ที่", "山田太郎", "emoji😀", "x+y", "a=b", "100%", "semi;colon", "tilde~x",
                           "comma,", "(paren)", "$dollar", "@at", "bang!", "star*", "it's", "123456789012", "MyQueue-1_a.b"]
    static let names = ["Action", "Version", "QueueUrl", "a b", "ü", "key/slash", "q?", "plus+", "amp&", "eq=", "Param1", "param1",
                        "~tilde", "日本", "empty"]
    static let values = ["", "value", "a b  c", "https://sqs.eu-west-1.amazonaws.com/123456789012/orders", "Jürgen Groß", "น้ำ",
                         "👍🏽", "x+y=z&w", "100%", "\"quoted\"", "semi;colon", "#hash", "2010-05-08", "*"]
    static let regions = ["us-east-1", "eu-west-1", "eu-central-1", "ap-northeast-1", "us-west-2", "sa-east-1", "cn-north-1"]
    static let bodies = [
        #"{"QueueUrl":"https://sqs.eu-west-1.amazonaws.com/123456789012/orders","MessageBody":"Jürgen Groß bestellt Größe M"}"#,
        #"{"MessageBody":"ที่อยู่: 99/1 ถนนสุขุมวิท น้ำ","WaitTimeSeconds":20}"#,
        #"{"MessageBody":"🎉📦 order shipped 👍🏽 山田太郎"}"#,
        #"{"MaxNumberOfMessages":10,"MessageSystemAttributeNames":["ApproximateReceiveCount","SentTimestamp"]}"#,
        "Param1=value1&Param2=a%20b",
    ]
    static let times = [1_440_938_160, 1_796_169_599, 1_709_164_800, 1_764_633_600]
    static let token = "IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCWV1LXdlc3QtMSJHMEUCIQDtoken+slash/plus=="

    /// `count` cases, the same on every run: each choice walks its list at its own prime stride, so the
    /// combinations vary without a random generator.
    static func generate(count: Int) -> [SigV4Case] {
        (0..<count).map { index in
            func pick<T>(_ list: [T], _ stride: Int, _ salt: Int = 0) -> T { list[(index * stride + salt) % list.count] }
            let method = pick(["GET", "POST", "POST", "PUT", "DELETE"], 7)
            let hosts = ["sqs.\(regions[index % regions.count]).amazonaws.com", "127.0.0.1:\(9000 + index)",
                         "example.amazonaws.com:443", "localhost:4566"]
            let host = hosts[index % hosts.count]
            let scheme = host.hasSuffix(":443") || host.hasPrefix("sqs.") ? "https" : "http"
            var path = ""
            for depth in 0..<(index / 4 % 4) {
                let segment = pick(segments, 13, depth * 5)
                path += "/" + segment.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed)!
            }
            if path.isEmpty || index % 3 == 1 { path += "/" }
            if index % 17 == 3 { path = "/a//b/" }
            var query: [(String, String)] = []
            for position in 0..<((index * 3 + 1) % 5) {
                let name = pick(names, 11, position * 4)
                query.append((name, pick(values, 19, position)))
                if index % 5 == 0 { query.append((name, pick(values, 23, position + 3))) }
            }
            var headers: [String: String] = [:]
            if method != "GET" {
                headers["Content-Type"] = ["application/x-amz-json-1.0", "application/x-www-form-urlencoded; charset=utf-8"][index % 2]
                headers["X-Amz-Target"] = ["AmazonSQS.ReceiveMessage", "AmazonSQS.SendMessage", "AmazonSQS.DeleteMessage"][index % 3]
            }
            if index % 3 == 0 { headers[["My-Header", "my-header", "X-Custom-Thing"][index % 9 / 3]] = "  a   b\tc  " }
            if index % 4 == 1 { headers["User-Agent"] = "merchant/1.0 (Linux)" }
            let body = method == "GET" ? Data() : Data(pick(bodies, 3).utf8)
            let withToken = index % 3 != 2
            return SigV4Case(
                method: method, url: "\(scheme)://\(host)\(path)", path: path, query: query, headers: headers, body: body,
                accessKey: index % 2 == 0 ? "AKIDEXAMPLE" : "ASIAQEXAMPLE\(index)", secret: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\(index % 7)",
                token: withToken ? token : nil, region: pick(regions, 29, 2),
                service: index % 4 == 0 ? "service" : "sqs", time: times[index / 2 % times.count])
        }
    }

    enum CodingKeys: String, CodingKey { case method, url, query, headers, body, accessKey, secret, token, region, service, time }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(method, forKey: .method)
        try container.encode(url, forKey: .url)
        try container.encode(query.map { [$0.0, $0.1] }, forKey: .query)
        try container.encode(headers, forKey: .headers)
        try container.encode(body.base64EncodedString(), forKey: .body)
        try container.encode(accessKey, forKey: .accessKey)
        try container.encode(secret, forKey: .secret)
        try container.encodeIfPresent(token, forKey: .token)
        try container.encode(region, forKey: .region)
        try container.encode(service, forKey: .service)
        try container.encode(time, forKey: .time)
    }
}
