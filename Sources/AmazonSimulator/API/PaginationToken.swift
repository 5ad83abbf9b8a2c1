import Foundation

/// The opaque `nextToken` of searchOrders: where the last page ended and the fixed upper bound of
/// the first page, so that later pages neither repeat nor skip orders while new ones arrive.
struct PaginationToken: Codable, Equatable {
    var byCreated: Bool
    var lastTime: Int64
    var lastId: String
    var upper: Int64

    var encoded: String {
        let data = (try? JSONEncoder().encode(self)) ?? Data()
        return data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
    }

    init(byCreated: Bool, lastTime: Int64, lastId: String, upper: Int64) {
        self.byCreated = byCreated
        self.lastTime = lastTime
        self.lastId = lastId
        self.upper = upper
    }

    init?(encoded: String) {
        var base64 = encoded.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while base64.count % 4 != 0 { base64 += "=" }
        guard let data = Data(base64Encoded: base64), let token = try? JSONDecoder().decode(PaginationToken.self, from: data) else { return nil }
        self = token
    }
}
