import Foundation
import GRDB
import SellingPartnerAPI

/// The pre-signed upload/download URLs of feed documents: `PUT`/`GET /sim-documents/{id}`
/// (not SP-API operations, so neither throttled nor counted).
enum DocumentStore {
    static func create(_ db: Database, contentType: String, content: Data?, at: Int64) throws -> String {
        let number = try Counter.next(db, "document")
        let id = "amzn1.tortuga.4.eu.sim\(String(format: "%010lld", number))"
        try db.execute(sql: "INSERT INTO feedDocument (id, contentType, content, createdAt) VALUES (?, ?, ?, ?)",
                       arguments: [id, contentType, content, at])
        return id
    }

    static func url(_ baseURL: String, _ id: String) -> String { "\(baseURL)/sim-documents/\(id)" }

    static func content(_ db: Database, id: String) throws -> Data? {
        try Data.fetchOne(db, sql: "SELECT content FROM feedDocument WHERE id = ?", arguments: [id])
    }

    static func exists(_ db: Database, id: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT 1 FROM feedDocument WHERE id = ?", arguments: [id]) ?? false
    }

    static func serve(_ db: Database, request: HTTPRequest, id: String) throws -> HTTPResponse {
        guard try exists(db, id: id) else { return HTTPResponse(status: 404, body: Data("No such document.".utf8)) }
        switch request.method.uppercased() {
        case "PUT":
            try db.execute(sql: "UPDATE feedDocument SET content = ? WHERE id = ?", arguments: [request.body ?? Data(), id])
            return HTTPResponse(status: 200)
        case "GET":
            let type = try String.fetchOne(db, sql: "SELECT contentType FROM feedDocument WHERE id = ?", arguments: [id]) ?? "text/xml"
            return HTTPResponse(status: 200, headers: ["Content-Type": type], body: try content(db, id: id) ?? Data())
        default:
            return HTTPResponse(status: 405)
        }
    }
}
