import AmazonSimulator
import Foundation
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// A small SQS caller for the tests: the AWS JSON protocol with a SigV4-shaped Authorization header (the real
/// signer lives in another target; the simulator checks only the shape).
struct SQSCaller {
    let transport: any HTTPTransport
    var queueURL = AmazonSimulator.queueURL(baseURL: "http://localhost")

    static func signedHeaders(target: String, date: String = "20261201T120000Z") -> [String: String] {
        [
            "Content-Type": "application/x-amz-json-1.0", "X-Amz-Target": "AmazonSQS.\(target)", "X-Amz-Date": date,
            "Authorization": "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/\(date.prefix(8))/eu-west-1/sqs/aws4_request, "
                + "SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=" + String(repeating: "0a", count: 32),
        ]
    }

    /// Sends `body` to `target` with `headers` (signed-shaped unless given), answering status and JSON object.
    func call(_ target: String, _ body: [String: Any], headers: [String: String]? = nil) async throws -> (Int, [String: Any]) {
        let request = HTTPRequest(method: "POST", path: "/", headers: headers ?? Self.signedHeaders(target: target),
                                  body: try JSONSerialization.data(withJSONObject: body))
        let response = try await transport.send(request)
        let object = (try? JSONSerialization.jsonObject(with: response.body) as? [String: Any]) ?? [:]
        return (response.status, object)
    }

    struct Message {
        var id: String
        var receipt: String
        var body: String
        var receiveCount: Int?
    }

    func receive(max: Int = 10, wait: Int = 0, visibility: Int? = nil) async throws -> [Message] {
        var body: [String: Any] = ["QueueUrl": queueURL, "MaxNumberOfMessages": max, "WaitTimeSeconds": wait, "AttributeNames": ["All"]]
        if let visibility { body["VisibilityTimeout"] = visibility }
        let (status, answer) = try await call("ReceiveMessage", body)
        #expect(status == 200, "\(answer)")
        return (answer["Messages"] as? [[String: Any]] ?? []).map {
            Message(id: $0["MessageId"] as! String, receipt: $0["ReceiptHandle"] as! String, body: $0["Body"] as! String,
                    receiveCount: ($0["Attributes"] as? [String: String])?["ApproximateReceiveCount"].flatMap { Int($0) })
        }
    }

    func delete(_ receipt: String) async throws -> Int {
        try await call("DeleteMessage", ["QueueUrl": queueURL, "ReceiptHandle": receipt]).0
    }

    /// Receives and deletes until the queue stays empty for a long poll (and `simulator`, when given, holds no
    /// message still on its way), returning every message in arrival order.
    func drain(wait: Int = 20, simulator: AmazonSimulator? = nil) async throws -> [Message] {
        var all: [Message] = []
        while true {
            let batch = try await receive(wait: wait)
            if batch.isEmpty, try simulator.map({ try $0.queueDepth().delayed == 0 }) ?? true { return all }
            for message in batch { #expect(try await delete(message.receipt) == 200) }
            all += batch
        }
    }
}

/// Walks the official JSON schema of a notification (`required`, `type`, `enum`, `properties`, `items`) over a
/// message, and runs python3's `jsonschema` on it too when the machine has it.
enum NotificationSchema {
    static func schema() -> [String: Any]? {
        guard let folder = ModelSchemaChecker.modelsFolder(),
              let data = try? Data(contentsOf: folder.appendingPathComponent("notifications/OrderChangeNotification.json")) else { return nil }
        return try? JSONSerialization.jsonObject(with: data) as? [String: Any]
    }

    /// Every violation of the schema in `body`, as "path: problem".
    static func violations(_ body: String, schema: [String: Any]) -> [String] {
        guard let value = try? JSONSerialization.jsonObject(with: Data(body.utf8)) else { return ["$: not JSON"] }
        var problems: [String] = []
        check(value, schema, "$", &problems)
        return problems
    }

    private static func check(_ value: Any, _ schema: [String: Any], _ path: String, _ problems: inout [String]) {
        let types = (schema["type"] as? [String]) ?? (schema["type"] as? String).map { [$0] } ?? []
        if !types.isEmpty, !types.contains(where: { matches(value, $0) }) { problems.append("\(path): expected \(types)") }
        if let allowed = schema["enum"] as? [String], let text = value as? String, !allowed.contains(text) {
            problems.append("\(path): \(text) is not one of \(allowed)")
        }
        if let object = value as? [String: Any] {
            for name in schema["required"] as? [String] ?? [] where object[name] == nil { problems.append("\(path): required \(name) is missing") }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for (name, child) in object {
                if let childSchema = properties[name] as? [String: Any] { check(child, childSchema, "\(path).\(name)", &problems) }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() { check(element, items, "\(path)[\(index)]", &problems) }
        }
    }

    private static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": value is [String: Any]
        case "array": value is [Any]
        case "string": value is String
        case "null": value is NSNull
        case "boolean": (value as? NSNumber).map { String(cString: $0.objCType) == "c" } ?? false
        case "integer": (value as? NSNumber).map { String(cString: $0.objCType) != "c" && $0.doubleValue == $0.doubleValue.rounded() } ?? false
        case "number": value is NSNumber
        default: true
        }
    }

    /// python3 `jsonschema` over every body: nil when python3 or the package is missing, else the failures.
    /// Waits without blocking a thread (the suite's in-process HTTP server shares the pool); prints at most 50 lines.
    static func pythonViolations(_ bodies: [String], schemaPath: URL) async throws -> [String]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let messages = folder.appendingPathComponent("messages.json")
        try JSONSerialization.data(withJSONObject: bodies).write(to: messages)
        let script = """
            import json, sys
            try:
                import jsonschema
            except ImportError:
                sys.exit(3)
            schema = json.load(open(sys.argv[1]))
            bad = 0
            for text in json.load(open(sys.argv[2])):
                for error in jsonschema.Draft7Validator(schema).iter_errors(json.loads(text)):
                    bad += 1
                    if bad <= 50: print(list(error.path), error.message)
            sys.exit(1 if bad else 0)
            """
        // On a thread of its own: the check waits for python, and a test's task must not hold a pool thread meanwhile.
        let run = await withCheckedContinuation { (done: CheckedContinuation<(status: Int32, output: Data, errors: Data)?, Never>) in
            Thread { done.resume(returning: try? Spawn.bytes("python3", ["-c", script, schemaPath.path, messages.path])) }.start()
        }
        guard let run, run.status != 3, run.status != 127 else { return nil }
        let data = run.output
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    }
}
