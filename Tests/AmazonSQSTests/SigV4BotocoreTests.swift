import Foundation
import MerchantTestSupport
import Testing
@testable import AmazonSQS

/// Our signer against botocore's (`botocore.auth.SigV4Auth`, the AWS CLI's and boto3's) on generated requests:
/// every `Authorization` header must be byte-equal. On a thread of its own: it waits for python3.
@Suite(.ownThread, .enabled(if: Python.has("botocore"), "python3 with botocore is not installed here (.ci/run installs it with moto[server])"))
struct SigV4BotocoreTests {
    @Test func everyGeneratedCaseSignsAsBotocoreDoes() throws {
        let cases = SigV4Case.generate(count: 400)
        let ours = cases.map { $0.signedByUs() }
        let theirs = try Self.signedByBotocore(cases)
        try #require(theirs.count == cases.count)
        var differing = 0
        for (index, signature) in theirs.enumerated() where signature != ours[index] {
            differing += 1
            if differing <= 5 { Issue.record("case \(index) \(cases[index]):\n ours:     \(ours[index])\n botocore: \(signature)") }
        }
        #expect(differing == 0, "\(differing) of \(cases.count) cases differ")
        // The cases do reach what they are meant to: unicode and spaces in paths, repeated query keys, tokens.
        #expect(cases.contains { $0.path.contains("%E0%B8") } && cases.contains { $0.path.contains("%20") })
        #expect(cases.contains { Set($0.query.map(\.0)).count < $0.query.count })
        #expect(cases.contains { $0.token != nil } && cases.contains { $0.token == nil })
    }

    /// Each case signed by botocore with its time fixed; one python3 for all of them.
    static func signedByBotocore(_ cases: [SigV4Case]) throws -> [String] {
        let run = try Python.run(script, input: try JSONEncoder().encode(cases))
        try #require(run.status == 0, "python3 failed: \(run.errors)")
        return try JSONDecoder().decode([String].self, from: run.output)
    }

    static let script = """
    import base64, datetime, json, sys
    from unittest import mock
    from botocore.auth import SigV4Auth
    from botocore.awsrequest import AWSRequest
    from botocore.credentials import Credentials
    out = []
    for case in json.load(sys.stdin):
        request = AWSRequest(method=case['method'], url=case['url'], headers=case['headers'],
                             params=[tuple(pair) for pair in case['query']], data=base64.b64decode(case['body']))
        credentials = Credentials(case['accessKey'], case['secret'], case.get('token'))
        now = datetime.datetime.fromtimestamp(case['time'], datetime.timezone.utc).replace(tzinfo=None)
        with mock.patch('botocore.auth.get_current_datetime', return_value=now):
            SigV4Auth(credentials, case['service'], case['region']).add_auth(request)
        out.append(request.headers['Authorization'])
    json.dump(out, sys.stdout)
    """
}
