import Foundation
import SellingPartnerAPI

/// An SQS refusal as the AWS JSON protocol carries it: HTTP 400, `{"__type": "...#Name", "message": "..."}`,
/// and the query-compatible code in `x-amzn-query-error` (what older SDKs read).
enum SQSError: Error {
    case missingAuthentication
    case incompleteSignature(String)
    case unknownOperation(String)
    case queueDoesNotExist
    case receiptHandleIsInvalid(String)
    case invalidParameter(String)
    case missingParameter(String)
    case invalidAttributeName(String)

    var type: String {
        switch self {
        case .missingAuthentication: "com.amazon.coral.service#MissingAuthenticationTokenException"
        case .incompleteSignature: "com.amazon.coral.service#IncompleteSignatureException"
        case .unknownOperation: "com.amazon.coral.service#UnknownOperationException"
        case .queueDoesNotExist: "com.amazonaws.sqs#QueueDoesNotExist"
        case .receiptHandleIsInvalid: "com.amazonaws.sqs#ReceiptHandleIsInvalid"
        case .invalidParameter: "com.amazonaws.sqs#InvalidParameterValueException"
        case .missingParameter: "com.amazonaws.sqs#MissingParameter"
        case .invalidAttributeName: "com.amazonaws.sqs#InvalidAttributeName"
        }
    }

    var queryCode: String {
        switch self {
        case .missingAuthentication: "MissingAuthenticationToken"
        case .incompleteSignature: "IncompleteSignature"
        case .unknownOperation: "InvalidAction"
        case .queueDoesNotExist: "AWS.SimpleQueueService.NonExistentQueue"
        case .receiptHandleIsInvalid: "ReceiptHandleIsInvalid"
        case .invalidParameter: "InvalidParameterValue"
        case .missingParameter: "MissingParameter"
        case .invalidAttributeName: "InvalidAttributeName"
        }
    }

    var message: String {
        switch self {
        case .missingAuthentication: "Request is missing Authentication Token"
        case .incompleteSignature(let detail): detail
        case .unknownOperation(let target): "Operation \(target) is not supported by this queue service."
        case .queueDoesNotExist: "The specified queue does not exist."
        case .receiptHandleIsInvalid(let handle): "The input receipt handle \"\(handle.prefix(80))\" is not a valid receipt handle."
        case .invalidParameter(let detail): detail
        case .missingParameter(let name): "The request must contain the parameter \(name)."
        case .invalidAttributeName(let name): "Unknown Attribute \(name)."
        }
    }

    var response: HTTPResponse {
        let body = (try? JSONSerialization.data(withJSONObject: ["__type": type, "message": message], options: [.sortedKeys])) ?? Data()
        return HTTPResponse(status: 400, headers: ["Content-Type": SQSEndpoint.contentType,
                                                  "x-amzn-query-error": "\(queryCode);Sender"], body: body)
    }
}
