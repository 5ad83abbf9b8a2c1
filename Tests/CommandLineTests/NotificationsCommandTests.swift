import Foundation
import MerchantTestSupport
import Testing

/// `merchant notifications connect / show / failed / disconnect` against the built-in simulator's queue, as a merchant runs them.
@Suite("Order notifications on the command line", .serialized, .ownThread)
struct NotificationsCommandTests {
    static let queue = "http://localhost/000000000000/merchant-order-changes"
    static let secret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let aws: [String: String?] = ["AWS_ACCESS_KEY_ID": "AKIDEXAMPLE", "AWS_SECRET_ACCESS_KEY": secret, "AWS_REGION": "eu-west-1",
                                         "AWS_ENDPOINT_URL_SQS": nil, "AWS_ENDPOINT_URL": nil]

    @Test("refusals keep nothing; connect sees the test notification through; show, failed and disconnect say what is")
    func connectShowDisconnect() throws {
        // R30
        let shop = MerchantBinary()
        var printed = ""
        func run(_ arguments: [String], env: [String: String?] = NotificationsCommandTests.aws) throws -> MerchantBinary.Result {
            let result = try shop.run(arguments, environment: env)
            printed += result.stdout + result.stderr
            return result
        }
        var noKeys = Self.aws
        noKeys["AWS_ACCESS_KEY_ID"] = .some(nil)
        let missing = try run(["notifications", "connect", "--queue-url", Self.queue], env: noKeys)
        #expect(missing.status != 0 && missing.stderr.contains("AWS_ACCESS_KEY_ID"))
        let notAURL = try run(["notifications", "connect", "--queue-url", "orders please"])
        #expect(notAURL.status != 0 && notAURL.stderr.contains("is not an SQS queue URL"))
        let unknown = try run(["notifications", "connect", "--queue-url", "http://localhost/000000000000/no-such-queue"])
        #expect(unknown.status != 0 && unknown.stderr.contains("no such queue") && unknown.stderr.contains("Nothing was kept"))
        #expect(try run(["notifications", "show"]).stdout.contains("not connected"))

        let connected = try run(["notifications", "connect", "--queue-url", Self.queue, "--test-wait", "30"])
        #expect(connected.status == 0, "\(connected.stderr)")
        #expect(connected.stdout.contains("The test notification arrived") && connected.stdout.contains("Order notifications are connected"))
        let again = try run(["notifications", "connect", "--queue-url", Self.queue])
        #expect(again.status != 0 && again.stderr.contains("already connected"))

        let shown = try run(["notifications", "show"]).stdout
        #expect(shown.contains(Self.queue) && shown.contains("arn:aws:sqs:eu-west-1:000000000000:merchant-order-changes") && shown.contains("Kept aside:          0"))
        #expect(try run(["notifications", "failed"]).stdout.contains("No message was kept aside."))

        let gone = try run(["notifications", "disconnect"])
        #expect(gone.status == 0 && gone.stdout.contains("disconnected"), "\(gone.stderr)")
        #expect(try run(["notifications", "show"]).stdout.contains("not connected"))
        #expect(try run(["notifications", "disconnect"]).status != 0, "nothing to disconnect")
        #expect(!printed.contains(Self.secret), "the secret access key is never printed")
    }
}
