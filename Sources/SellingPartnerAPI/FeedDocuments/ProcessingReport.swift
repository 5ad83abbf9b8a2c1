import Foundation

/// The processing report Amazon writes for a feed: a summary and one result per message with an error or warning.
public struct ProcessingReport: Sendable, Equatable {
    public var merchantIdentifier: String
    public var documentTransactionId: String
    public var statusCode: String
    public var messagesProcessed: Int
    public var messagesSuccessful: Int
    public var messagesWithError: Int
    public var messagesWithWarning: Int
    public var results: [Result]

    public init(merchantIdentifier: String, documentTransactionId: String, statusCode: String = "Complete",
                messagesProcessed: Int, messagesSuccessful: Int, messagesWithError: Int, messagesWithWarning: Int, results: [Result]) {
        self.merchantIdentifier = merchantIdentifier
        self.documentTransactionId = documentTransactionId
        self.statusCode = statusCode
        self.messagesProcessed = messagesProcessed
        self.messagesSuccessful = messagesSuccessful
        self.messagesWithError = messagesWithError
        self.messagesWithWarning = messagesWithWarning
        self.results = results
    }

    /// What went wrong (or deserves a warning) with one message of the feed.
    public struct Result: Sendable, Equatable {
        public var messageId: Int
        public var resultCode: ResultCode
        public var resultMessageCode: String
        public var resultDescription: String
        public var amazonOrderId: String?

        public init(messageId: Int, resultCode: ResultCode, resultMessageCode: String, resultDescription: String, amazonOrderId: String? = nil) {
            self.messageId = messageId
            self.resultCode = resultCode
            self.resultMessageCode = resultMessageCode
            self.resultDescription = resultDescription
            self.amazonOrderId = amazonOrderId
        }
    }

    public enum ResultCode: String, Sendable {
        case error = "Error", warning = "Warning"
    }

    /// The result for a message, if it had an error or warning (no result means it succeeded).
    public func result(forMessage id: Int) -> Result? { results.first { $0.messageId == id } }

    public func xml() -> String {
        let summary = XMLNode("ProcessingSummary", children: [
            XMLNode("MessagesProcessed", text: String(messagesProcessed)),
            XMLNode("MessagesSuccessful", text: String(messagesSuccessful)),
            XMLNode("MessagesWithError", text: String(messagesWithError)),
            XMLNode("MessagesWithWarning", text: String(messagesWithWarning)),
        ])
        let results = results.map { result in
            XMLNode("Result", children: XMLNode.leaf("MessageID", String(result.messageId))
                + XMLNode.leaf("ResultCode", result.resultCode.rawValue)
                + XMLNode.leaf("ResultMessageCode", result.resultMessageCode)
                + XMLNode.leaf("ResultDescription", result.resultDescription)
                + (result.amazonOrderId.map { [XMLNode("AdditionalInfo", children: [XMLNode("AmazonOrderID", text: $0)])] } ?? []))
        }
        return AmazonEnvelope.build(messageType: "ProcessingReport", merchantIdentifier: merchantIdentifier, messages: [
            (1, XMLNode("ProcessingReport", children: [
                XMLNode("DocumentTransactionID", text: documentTransactionId),
                XMLNode("StatusCode", text: statusCode), summary,
            ] + results)),
        ])
    }

    public static func parse(_ data: Data) throws(FeedDocumentError) -> ProcessingReport {
        let (merchant, messages) = try AmazonEnvelope.parse(data, messageType: "ProcessingReport")
        guard let body = messages.first?.body else { throw .missingElement("Message", in: "AmazonEnvelope") }
        guard let summary = body.child("ProcessingSummary") else { throw .missingElement("ProcessingSummary", in: "ProcessingReport") }
        func count(_ name: String) throws(FeedDocumentError) -> Int {
            let text = try summary.required(name)
            guard let value = Int(text) else { throw .unexpected(text, expected: "a count in \(name)") }
            return value
        }
        var results: [Result] = []
        for result in body.all("Result") {
            let idText = try result.required("MessageID"), codeText = try result.required("ResultCode")
            guard let id = Int(idText) else { throw .unexpected(idText, expected: "a numeric MessageID") }
            guard let code = ResultCode(rawValue: codeText) else { throw .unexpected(codeText, expected: "Error or Warning") }
            results.append(Result(messageId: id, resultCode: code, resultMessageCode: result.value("ResultMessageCode") ?? "",
                                  resultDescription: result.value("ResultDescription") ?? "",
                                  amazonOrderId: result.child("AdditionalInfo")?.value("AmazonOrderID")))
        }
        return ProcessingReport(
            merchantIdentifier: merchant, documentTransactionId: try body.required("DocumentTransactionID"),
            statusCode: try body.required("StatusCode"), messagesProcessed: try count("MessagesProcessed"),
            messagesSuccessful: try count("MessagesSuccessful"), messagesWithError: try count("MessagesWithError"),
            messagesWithWarning: try count("MessagesWithWarning"), results: results)
    }
}
