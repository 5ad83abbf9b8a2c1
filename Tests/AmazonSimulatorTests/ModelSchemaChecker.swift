import Foundation

/// A small JSON-schema-ish checker over the official Swagger models (`shared/spapi/*.json`):
/// `$ref`, `required`, `type`, `enum`, `properties` (no unknown ones) and arrays.
struct ModelSchemaChecker {
    let definitions: [String: Any]

    /// The official models folder, found by walking up from this file; nil when absent (then tests skip).
    static func modelsFolder(from file: String = #filePath) -> URL? {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("shared/spapi")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }

    init?(model: String) {
        guard let folder = Self.modelsFolder(),
              let data = try? Data(contentsOf: folder.appendingPathComponent(model)),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let definitions = root["definitions"] as? [String: Any] else { return nil }
        self.definitions = definitions
    }

    /// Every violation of `definition` in `json`, as "path: problem".
    func violations(of json: Data, against definition: String) throws -> [String] {
        let value = try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
        var problems: [String] = []
        check(value, schema: ["$ref": "#/definitions/\(definition)"], path: "$", problems: &problems)
        return problems
    }

    private func resolve(_ schema: [String: Any]) -> [String: Any] {
        guard let ref = schema["$ref"] as? String, let name = ref.split(separator: "/").last,
              let target = definitions[String(name)] as? [String: Any] else { return schema }
        return resolve(target)
    }

    private func check(_ value: Any, schema raw: [String: Any], path: String, problems: inout [String]) {
        let schema = resolve(raw)
        if let values = schema["enum"] as? [String] {
            if let text = value as? String, !values.contains(text) { problems.append("\(path): \(text) is not one of \(values)") }
        }
        switch schema["type"] as? String {
        case "object", nil where schema["properties"] != nil:
            guard let object = value as? [String: Any] else { problems.append("\(path): expected an object"); return }
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                problems.append("\(path): required \(name) is missing")
            }
            for (name, child) in object {
                guard let childSchema = properties[name] as? [String: Any] else {
                    if schema["additionalProperties"] == nil { problems.append("\(path): unknown property \(name)") }
                    continue
                }
                check(child, schema: childSchema, path: "\(path).\(name)", problems: &problems)
            }
        case "array":
            guard let array = value as? [Any] else { problems.append("\(path): expected an array"); return }
            let items = schema["items"] as? [String: Any] ?? [:]
            for (index, element) in array.enumerated() { check(element, schema: items, path: "\(path)[\(index)]", problems: &problems) }
        case "string":
            if !(value is String) { problems.append("\(path): expected a string") }
        case "integer":
            if let number = value as? NSNumber, !(value is String), number.doubleValue == number.doubleValue.rounded(),
               !isBoolean(number) { } else { problems.append("\(path): expected an integer") }
        case "number":
            if !(value is NSNumber) || value is String { problems.append("\(path): expected a number") }
        case "boolean":
            if !(value is Bool) { problems.append("\(path): expected a boolean") }
        default:
            break
        }
    }
}

/// Booleans decode as NSNumber too; an integer field must not hold `true`.
private func isBoolean(_ number: NSNumber) -> Bool {
    String(cString: number.objCType) == "c"
}
