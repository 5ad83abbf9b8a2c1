import Foundation
import SellingPartnerAPI

/// Checks that an SQS request carries an AWS Signature Version 4 of the right shape:
/// `Authorization: AWS4-HMAC-SHA256 Credential=<key>/<yyyymmdd>/<region>/sqs/aws4_request, SignedHeaders=…,
/// Signature=<64 hex>` and `X-Amz-Date: yyyymmddThhmmssZ`. The signature itself is not recomputed (the
/// simulator holds no AWS secret); a missing or malformed one is refused as SQS refuses it.
enum SigV4Shape {
    /// The credential scope's region, when the shape is right.
    static func check(_ request: HTTPRequest) throws(SQSError) -> String {
        guard let authorization = request.header("Authorization"), !authorization.isEmpty else { throw .missingAuthentication }
        let algorithm = "AWS4-HMAC-SHA256 "
        guard authorization.hasPrefix(algorithm) else {
            throw .incompleteSignature("Unsupported Authorization Type: only AWS4-HMAC-SHA256 is accepted.")
        }
        var fields: [String: String] = [:]
        for part in authorization.dropFirst(algorithm.count).split(separator: ",") {
            let pair = part.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1).map(String.init)
            if pair.count == 2 { fields[pair[0]] = pair[1] }
        }
        for name in ["Credential", "SignedHeaders", "Signature"] where fields[name] == nil {
            throw .incompleteSignature("Authorization header requires '\(name)' parameter. Authorization=\(authorization.prefix(40))...")
        }
        let scope = fields["Credential"]!.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard scope.count == 5, !scope[0].isEmpty, isDigits(scope[1], count: 8) else {
            throw .incompleteSignature("Credential should be scoped to a valid key, date and region: <key>/<yyyymmdd>/<region>/sqs/aws4_request.")
        }
        guard !scope[2].isEmpty, scope[2].allSatisfy({ $0.isLowercase || $0.isNumber || $0 == "-" }) else {
            throw .incompleteSignature("Credential should be scoped to a valid region.")
        }
        guard scope[3] == "sqs" else { throw .incompleteSignature("Credential should be scoped to correct service: 'sqs'.") }
        guard scope[4] == "aws4_request" else {
            throw .incompleteSignature("Credential should be scoped with a valid terminator: 'aws4_request'.")
        }
        let signed = fields["SignedHeaders"]!.split(separator: ";").map(String.init)
        guard !signed.isEmpty, signed.allSatisfy({ $0 == $0.lowercased() && !$0.isEmpty }), signed.contains("host") else {
            throw .incompleteSignature("SignedHeaders must list lower-case header names separated by ';', host among them.")
        }
        let signature = fields["Signature"]!
        guard signature.count == 64, signature.allSatisfy({ $0.isHexDigit && !$0.isUppercase }) else {
            throw .incompleteSignature("Signature must be 64 lower-case hexadecimal characters.")
        }
        guard let date = request.header("X-Amz-Date") else {
            throw .incompleteSignature("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.")
        }
        let parts = date.split(separator: "T").map(String.init)
        guard date.count == 16, date.hasSuffix("Z"), parts.count == 2, isDigits(parts[0], count: 8), isDigits(String(parts[1].dropLast()), count: 6) else {
            throw .incompleteSignature("X-Amz-Date must be in the form yyyyMMdd'T'HHmmss'Z'.")
        }
        guard parts[0] == scope[1] else {
            throw .incompleteSignature("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '\(scope[1])' != '\(parts[0])'.")
        }
        return scope[2]
    }

    private static func isDigits(_ text: String, count: Int) -> Bool {
        text.count == count && text.allSatisfy { $0.isASCII && $0.isNumber }
    }
}
