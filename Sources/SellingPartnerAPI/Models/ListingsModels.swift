import Foundation

// Listings Items API 2021-08-01: the PATCH that sets the quantity offered and the handling time.

/// Body of `patchListingsItem`.
public struct ListingsItemPatchRequest: Codable, Sendable, Equatable {
    public var productType: String
    public var patches: [PatchOperation]
    public init(productType: String, patches: [PatchOperation]) {
        self.productType = productType
        self.patches = patches
    }

    /// The patch that offers `quantity` units, shipped within `handlingDays`, on the merchant's own fulfillment channel.
    public static func fulfillmentAvailability(quantity: Int, handlingDays: Int?) -> ListingsItemPatchRequest {
        var entry: [String: JSONValue] = [
            "fulfillment_channel_code": .string("DEFAULT"),
            "quantity": .number(Double(quantity)),
        ]
        if let handlingDays { entry["lead_time_to_ship_max_days"] = .number(Double(handlingDays)) }
        return ListingsItemPatchRequest(
            productType: "PRODUCT",
            patches: [PatchOperation(op: "replace", path: "/attributes/fulfillment_availability", value: [.object(entry)])]
        )
    }
}

/// One JSON-Patch-like operation on a listing's attributes.
public struct PatchOperation: Codable, Sendable, Equatable {
    public var op: String
    public var path: String
    public var value: [JSONValue]?
    public init(op: String, path: String, value: [JSONValue]?) {
        self.op = op
        self.path = path
        self.value = value
    }
}

/// Answer of `patchListingsItem`.
public struct ListingsItemSubmissionResponse: Codable, Sendable, Equatable {
    public var sku: String
    public var status: String
    public var submissionId: String
    public var issues: [ListingsIssue]?
    public init(sku: String, status: String, submissionId: String, issues: [ListingsIssue]? = nil) {
        self.sku = sku
        self.status = status
        self.submissionId = submissionId
        self.issues = issues
    }
}

/// A problem Amazon found in a listing submission.
public struct ListingsIssue: Codable, Sendable, Equatable {
    public var code: String
    public var message: String
    public var severity: String
    public var categories: [String]
    public init(code: String, message: String, severity: String, categories: [String] = []) {
        self.code = code
        self.message = message
        self.severity = severity
        self.categories = categories
    }
}

/// Any JSON value, for the free-form attribute values of listings.
public enum JSONValue: Codable, Sendable, Equatable {
    case string(String), number(Double), bool(Bool), object([String: JSONValue]), array([JSONValue]), null

    public init(from decoder: any Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let n = try? c.decode(Double.self) { self = .number(n) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let n): if n == n.rounded(), abs(n) < 1e15 { try c.encode(Int64(n)) } else { try c.encode(n) }
        case .bool(let b): try c.encode(b)
        case .object(let o): try c.encode(o)
        case .array(let a): try c.encode(a)
        case .null: try c.encodeNil()
        }
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }
    public var intValue: Int? {
        switch self {
        case .number(let n): return Int(exactly: n)
        case .string(let s): return Int(s)
        default: return nil
        }
    }
}
