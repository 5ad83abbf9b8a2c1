import Foundation
import Testing
@testable import AmazonSQS

/// The AWS settings come from the standard environment variables; what is missing or contradictory is said plainly.
@Suite struct AWSSettingsTests {
    let queue = try! SQSQueueURL("https://sqs.eu-west-1.amazonaws.com/123456789012/orders")
    let keys = ["AWS_ACCESS_KEY_ID": "AKIAIOSFODNN7EXAMPLE", "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"]

    @Test func theRegionComesFromTheQueueURLWhenTheEnvironmentNamesNone() throws {
        let settings = try AWSSettings.fromEnvironment(keys, queue: queue)
        #expect(settings.region == "eu-west-1")
        #expect(settings.endpoint.absoluteString == "https://sqs.eu-west-1.amazonaws.com")
        #expect(settings.credentials.sessionToken == nil)
    }

    @Test func awsRegionWinsOverAwsDefaultRegion() throws {
        let local = try SQSQueueURL("http://127.0.0.1:5000/123456789012/orders")
        var environment = keys
        environment["AWS_DEFAULT_REGION"] = "us-west-2"
        #expect(try AWSSettings.fromEnvironment(environment, queue: local).region == "us-west-2")
        environment["AWS_REGION"] = "ap-northeast-1"
        #expect(try AWSSettings.fromEnvironment(environment, queue: local).region == "ap-northeast-1")
        #expect(try AWSSettings.fromEnvironment(environment, queue: local).endpoint.absoluteString == "https://sqs.ap-northeast-1.amazonaws.com")
    }

    @Test func theSqsEndpointOverrideWinsOverTheGeneralOne() throws {
        var environment = keys
        environment["AWS_ENDPOINT_URL"] = "http://127.0.0.1:4566"
        #expect(try AWSSettings.fromEnvironment(environment, queue: queue).endpoint.absoluteString == "http://127.0.0.1:4566")
        environment["AWS_ENDPOINT_URL_SQS"] = "http://127.0.0.1:9324"
        #expect(try AWSSettings.fromEnvironment(environment, queue: queue).endpoint.absoluteString == "http://127.0.0.1:9324")
        environment["AWS_ENDPOINT_URL_SQS"] = "not a url"
        #expect(throws: AWSSettingsError.badEndpoint(variable: "AWS_ENDPOINT_URL_SQS", value: "not a url")) {
            try AWSSettings.fromEnvironment(environment, queue: queue)
        }
    }

    @Test func theSessionTokenIsReadWhenGiven() throws {
        var environment = keys
        environment["AWS_SESSION_TOKEN"] = "FwoGZXIvYXdzEXAMPLETOKEN"
        #expect(try AWSSettings.fromEnvironment(environment, queue: queue).credentials.sessionToken == "FwoGZXIvYXdzEXAMPLETOKEN")
    }

    @Test func everyMissingPieceIsNamedInOneMessage() {
        let local = try! SQSQueueURL("http://127.0.0.1:5000/123456789012/orders")
        #expect(throws: AWSSettingsError.missing([.accessKey, .secretKey, .region])) {
            try AWSSettings.fromEnvironment(["AWS_ACCESS_KEY_ID": "  "], queue: local)
        }
        let text = AWSSettingsError.missing([.secretKey, .region]).description
        #expect(text.contains("AWS_SECRET_ACCESS_KEY") && text.contains("AWS_REGION") && !text.contains("AWS_ACCESS_KEY_ID"))
        #expect(text.hasPrefix("AWS settings are incomplete"))
    }

    @Test func aRegionThatContradictsTheQueueIsRefused() {
        var environment = keys
        environment["AWS_REGION"] = "us-east-1"
        #expect(throws: AWSSettingsError.regionMismatch(queue: "eu-west-1", environment: "us-east-1")) {
            try AWSSettings.fromEnvironment(environment, queue: queue)
        }
        #expect(AWSSettingsError.regionMismatch(queue: "eu-west-1", environment: "us-east-1").description
            == "the queue is in eu-west-1 but AWS_REGION says us-east-1: set AWS_REGION to eu-west-1")
    }

    @Test(arguments: [
        ("https://sqs.eu-west-1.amazonaws.com/123456789012/orders", "eu-west-1"),
        ("https://eu-central-1.queue.amazonaws.com/123456789012/orders", "eu-central-1"),
        ("https://queue.amazonaws.com/123456789012/orders", "us-east-1"),
        ("https://sqs.cn-north-1.amazonaws.com.cn/123456789012/orders", "cn-north-1"),
    ])
    func theRegionIsReadFromAWSHosts(url: String, region: String) throws {
        let queue = try SQSQueueURL(url)
        #expect(queue.region == region)
        #expect(queue.accountId == "123456789012" && queue.name == "orders")
    }

    @Test(arguments: ["", "orders", "https://sqs.eu-west-1.amazonaws.com/orders", "ftp://sqs.eu-west-1.amazonaws.com/1/orders",
                      "https://sqs.eu-west-1.amazonaws.com/1/orders/extra"])
    func whatIsNotAQueueURLIsSaidSo(text: String) {
        #expect(throws: AWSSettingsError.notAQueueURL(text)) { try SQSQueueURL(text) }
        #expect(AWSSettingsError.notAQueueURL(text).description.contains("is not an SQS queue URL: expected one like https://sqs."))
    }

    @Test func printedCredentialsNeverShowTheSecretOrTheToken() {
        let credentials = AWSCredentials(accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                                         sessionToken: "FwoGZXIvYXdzEXAMPLETOKEN")
        let settings = AWSSettings(credentials: credentials, region: "eu-west-1")
        for text in [credentials.description, credentials.debugDescription, "\(credentials)", String(reflecting: credentials),
                     "\(settings)", String(reflecting: settings)] {
            #expect(!text.contains("wJalrXUtnFEMI"), "\(text)")
            #expect(!text.contains("FwoGZXIvYXdz"), "\(text)")
            #expect(!text.contains("AKIAIOSFODNN7"), "\(text)")
        }
        #expect(credentials.description == "AWS access key …MPLE (secret hidden, session token hidden)")
    }
}
