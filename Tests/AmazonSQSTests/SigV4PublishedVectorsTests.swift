import Foundation
import Testing
@testable import AmazonSQS

/// AWS's own examples of Signature Version 4: the aws-sig-v4-test-suite (service `service`, us-east-1,
/// 2015-08-30 12:36:00 UTC) and the IAM `ListUsers` example of AWS's SigV4 documentation.
@Suite struct SigV4PublishedVectorsTests {
    static let suiteCredentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
    static let suiteTime = "20150830T123600Z"
    static let unreserved = "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

    /// One case of the suite: the request line's path and query as they are written there, extra headers, body.
    struct Vector: Sendable, CustomStringConvertible {
        let name: String
        var method = "GET"
        var path = "/"
        var query = ""
        var headers: [String: String] = [:]
        var body = ""
        let signedHeaders: String
        let signature: String
        var description: String { name }
    }

    static let vectors: [Vector] = [
        Vector(name: "get-vanilla", signedHeaders: "host;x-amz-date",
               signature: "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"),
        Vector(name: "get-vanilla-query-order-key-case", query: "Param2=value2&Param1=value1", signedHeaders: "host;x-amz-date",
               signature: "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500"),
        Vector(name: "get-vanilla-empty-query-key", query: "Param1=value1", signedHeaders: "host;x-amz-date",
               signature: "a67d582fa61cc504c4bae71f336f98b97f1ea3c7a6bfe1b6e45aec72011b9aeb"),
        Vector(name: "get-vanilla-query-unreserved", query: "\(unreserved)=\(unreserved)", signedHeaders: "host;x-amz-date",
               signature: "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197"),
        Vector(name: "get-vanilla-utf8-query", query: "ሴ=bar", signedHeaders: "host;x-amz-date",
               signature: "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04"),
        Vector(name: "get-unreserved", path: "/\(unreserved)", signedHeaders: "host;x-amz-date",
               signature: "07ef7494c76fa4850883e2b006601f940f8a34d404d0cfa977f52a65bbf5f24f"),
        Vector(name: "get-utf8", path: "/ሴ", signedHeaders: "host;x-amz-date",
               signature: "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85"),
        Vector(name: "get-header-value-trim", headers: ["My-Header1": " value1", "My-Header2": "\"a   b   c\""],
               signedHeaders: "host;my-header1;my-header2;x-amz-date",
               signature: "acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736"),
        Vector(name: "get-header-value-order", headers: ["My-Header1": "value4,value1,value3,value2"],
               signedHeaders: "host;my-header1;x-amz-date",
               signature: "08c7e5a9acfcfeb3ab6b2185e75ce8b1deb5e634ec47601a50643f830c755c01"),
        Vector(name: "post-vanilla", method: "POST", signedHeaders: "host;x-amz-date",
               signature: "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b"),
        Vector(name: "post-vanilla-query", method: "POST", query: "Param1=value1", signedHeaders: "host;x-amz-date",
               signature: "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11"),
        // The suite's query `@#$%^=&+=/,?><`";:\|][{}` as a client puts it on the wire, percent-encoded.
        Vector(name: "post-vanilla-query-nonunreserved", method: "POST",
               query: "%40%23%24%25%5E=&%2B=%2F%2C%3F%3E%3C%60%22%3B%3A%5C%7C%5D%5B%7B%7D", signedHeaders: "host;x-amz-date",
               signature: "66c82657c86e26fb25238d0e69f011edc4c6df5ae71119d7cb98ed9b87393c1e"),
        Vector(name: "post-header-key-sort", method: "POST", headers: ["My-Header1": "value1"], signedHeaders: "host;my-header1;x-amz-date",
               signature: "c5410059b04c1ee005303aed430f6e6645f61f4dc9e1461ec8f8916fdf18852c"),
        Vector(name: "post-header-value-case", method: "POST", headers: ["My-Header1": "VALUE1"], signedHeaders: "host;my-header1;x-amz-date",
               signature: "cdbc9802e29d2942e5e10b5bccfdd67c5f22c7c4e8ae67b53629efa58b974b7d"),
        Vector(name: "post-x-www-form-urlencoded", method: "POST", headers: ["Content-Type": "application/x-www-form-urlencoded"],
               body: "Param1=value1", signedHeaders: "content-type;host;x-amz-date",
               signature: "ff11897932ad3f4e8b18135d722051e5ac45fc38421b1da7b9d196a0fe09473a"),
        Vector(name: "post-x-www-form-urlencoded-parameters", method: "POST",
               headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf8"],
               body: "Param1=value1", signedHeaders: "content-type;host;x-amz-date",
               signature: "1a72ec8f64bd914b0e42e42607c7fbce7fb2c7465f63e3092b3b0d39fa77a6fe"),
    ]

    @Test(arguments: vectors)
    func matchesTheSuite(_ vector: Vector) {
        let signer = SigV4Signer(credentials: Self.suiteCredentials, region: "us-east-1", service: "service")
        var headers = vector.headers
        headers["Host"] = "example.amazonaws.com"
        headers["X-Amz-Date"] = Self.suiteTime
        let authorization = signer.authorization(method: vector.method, path: vector.path, query: vector.query, headers: headers,
                                                 payload: Data(vector.body.utf8), timestamp: Self.suiteTime)
        #expect(authorization == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=\(vector.signedHeaders), Signature=\(vector.signature)")
    }

    /// get-vanilla's canonical request and string to sign, as the suite writes them out.
    @Test func canonicalRequestAndStringToSignOfGetVanilla() {
        let canonical = SigV4Canonical(method: "GET", path: "/", query: "",
                                       headers: ["Host": "example.amazonaws.com", "X-Amz-Date": Self.suiteTime], payload: Data())
        #expect(canonical.request == "GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n"
            + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        let signer = SigV4Signer(credentials: Self.suiteCredentials, region: "us-east-1", service: "service")
        #expect(signer.stringToSign(canonical.request, timestamp: Self.suiteTime)
            == "AWS4-HMAC-SHA256\n20150830T123600Z\n20150830/us-east-1/service/aws4_request\n"
            + "bb579772317eb040ac9ed261061d46c1f17a8133879d6129b6e1c25292927e63")
    }

    /// post-sts-header-before through the public `signed`: the session token is set and signed.
    @Test func temporaryCredentialsSignTheirSessionToken() throws {
        let token = "AQoDYXdzEPT//////////wEXAMPLEtc764bNrC9SAPBSM22wDOk4x4HIZ8j4FZTwdQWLWsKWHGBuFqwAeMicRXmxfpSPfIeoIYRqTflfKD8YUuwthAx7mSEI/qkPpKPi/kMcGdQrmGdeehM4IC1NtBmUpp2wUE8phUZampKsburEDy0KPkyQDYwT7WZ0wq5VSXDvp75YU9HFvlRd8Tx6q6fE8YQcHNVXAkiY9q6d+xo0rKwT38xVqr7ZD0u0iPPkUL64lIZbqBAz+scqKmlzm8FDrypNC9Yjc8fPOLn9FX9KSYvKTr4rvx3iSIlTJabIQwj2ICCR/oLxBA=="
        let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: Self.suiteCredentials.secretAccessKey, sessionToken: token)
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "service")
        let request = AWSHTTPRequest(method: "POST", url: try #require(URL(string: "https://example.amazonaws.com/")))
        let signed = signer.signed(request, at: Date(timeIntervalSince1970: 1_440_938_160))
        #expect(signed.headers["X-Amz-Date"] == Self.suiteTime)
        #expect(signed.headers["X-Amz-Security-Token"] == token)
        #expect(signed.headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            + "SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=85d96828115b5dc0cfc3bd16ad9e210dd772bbebba041836c64533a82be05ead")
    }

    /// AWS's documented IAM example: `GET https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08`,
    /// its signing key and its signature.
    @Test func iamListUsersExample() throws {
        let credentials = AWSCredentials(accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        let signer = SigV4Signer(credentials: credentials, region: "us-east-1", service: "iam")
        #expect(SigV4Signer.hex(signer.signingKey(day: "20150830").withUnsafeBytes { Data($0) })
            == "c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9")
        let request = AWSHTTPRequest(
            method: "GET", url: try #require(URL(string: "https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08")),
            headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"])
        let signed = signer.signed(request, at: Date(timeIntervalSince1970: 1_440_938_160))
        #expect(signed.headers["Authorization"] == "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, "
            + "SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7")
        #expect(signed.headers["X-Amz-Security-Token"] == nil)
        #expect(signed.headers["Host"] == nil, "the HTTP client writes Host from the URL")
    }
}
