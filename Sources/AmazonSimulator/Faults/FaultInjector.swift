import Foundation
import GRDB
import SellingPartnerAPI

/// What the simulator gives back for one request: the answer, and how it travels.
struct SimulatorAnswer {
    var response: HTTPResponse
    /// Slow: in process the transport sleeps `simulatedDelay` on the simulator's clock; over HTTP the
    /// server sleeps `realDelay` before answering.
    var simulatedDelay: Double = 0
    var realDelay: Double = 0
    /// Lost: in process the transport throws `TransportError.timedOut`; over HTTP the server holds the
    /// connection `hang` seconds first (a client that waits that long gets `response`).
    var dropped = false
    var hang: Double = 0
    /// An SQS ReceiveMessage that found nothing may wait this many seconds for a message (a long poll).
    var longPoll: Double = 0

    init(_ response: HTTPResponse) { self.response = response }
}

/// Applies the active `FaultProfile` around one request, inside the request's transaction.
///
/// Where each fault sits, so that the simulator's truth is never corrupted and no write half-applies:
/// - Before the operation runs (nothing is applied, the idempotency key does not arrive): 429 bursts,
///   500/502/503/504, and a lost request (time-out).
/// - After it ran and committed whole: a lost answer (time-out) for any operation — the client cannot tell
///   it from a lost request, which is R29's hard case; 500/502/503/504 only for reads and for writes that are
///   harmless to resend (confirmShipment and patchListingsItem replay by key, a feed document is unused)
///   — never for createFeed, which Amazon does not de-duplicate.
/// - On a 2xx JSON body: truncated or malformed; the operation was applied, only its answer is broken.
/// - Content: a searchOrders page asked with a token answered with the previous page again (the page
///   that carried that token, token and all); an order updated less than `staleLagSeconds` ago served
///   as the older copy last served. Both are made from answers the simulator really gave.
/// - A created feed may be doomed: when it falls due it ends FATAL and none of its messages is applied.
/// The profile, the random state and the counts live in the simulator's file, so `merchant sim faults`
/// reaches an in-process `merchant sync` and `sim serve` alike, and a run is reproducible from its seed.
struct FaultInjector {
    var profile: FaultProfile
    private var rng: SplitMix64
    private var burstLeft: Int
    private let now: Int64

    /// The injector of the active profile, or nil when the simulator behaves.
    static func load(_ db: Database, now: Int64) throws -> FaultInjector? {
        guard let row = try Row.fetchOne(db, sql: "SELECT profile, rngState, burstLeft FROM faultState WHERE id = 1") else { return nil }
        let profile = try JSONDecoder().decode(FaultProfile.self, from: row["profile"] as Data)
        guard profile.isActive else { return nil }
        return FaultInjector(profile: profile, rng: SplitMix64(seed: UInt64(bitPattern: row["rngState"])), burstLeft: row["burstLeft"], now: now)
    }

    static func store(_ db: Database, _ profile: FaultProfile) throws {
        try db.execute(sql: "INSERT OR REPLACE INTO faultState (id, profile, rngState, burstLeft) VALUES (1, ?, ?, 0)",
                       arguments: [try JSONEncoder().encode(profile), Int64(bitPattern: profile.seed)])
    }

    private func save(_ db: Database) throws {
        try db.execute(sql: "UPDATE faultState SET rngState = ?, burstLeft = ? WHERE id = 1",
                       arguments: [Int64(bitPattern: rng.state), burstLeft])
    }

    static func count(_ db: Database, _ kind: FaultKind) throws {
        try db.execute(sql: "INSERT INTO faultCount (kind, n) VALUES (?, 1) ON CONFLICT(kind) DO UPDATE SET n = n + 1", arguments: [kind.rawValue])
    }

    /// Whether a feed was doomed to end FATAL when it was created.
    static func isDoomed(_ db: Database, feedId: String) throws -> Bool {
        try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM faultDoomedFeed WHERE feedId = ?)", arguments: [feedId]) ?? false
    }

    /// Operations whose answer may be replaced by a 5xx after they ran: sending them again changes nothing.
    private static func mayFailAfter(_ operation: Operation) -> Bool { operation != .createFeed }

    // MARK: Before the operation

    /// A fault that stops the request before the operation runs, or nil to go on. Draws the same number
    /// of values on every request, so that one profile and seed give one sequence.
    mutating func before(_ db: Database, _ operation: Operation) throws -> SimulatorAnswer? {
        let burst = rng.chance(profile.throttleBurst)
        let serverError = rng.chance(profile.serverError), unavailable = rng.chance(profile.unavailable)
        let timeout = rng.chance(profile.timeout)
        let afterwards = rng.chance(0.5)
        pendingSlow = rng.chance(profile.slow)
        // Drawn only by profiles that have gateway faults: a profile without them (every profile before
        // they existed) keeps the very sequence of faults its seed always gave.
        let hasGateway = profile.badGateway > 0 || profile.gatewayTimeout > 0
        let badGateway = hasGateway && rng.chance(profile.badGateway), gatewayTimeout = hasGateway && rng.chance(profile.gatewayTimeout)
        defer { try? save(db) }
        if burstLeft > 0 || burst {
            burstLeft = burstLeft > 0 ? burstLeft - 1 : max(0, profile.burstLength - 1)
            try Self.count(db, .throttled)
            return SimulatorAnswer(APIError.quotaExceeded.response)
        }
        let failAfter = afterwards && Self.mayFailAfter(operation)
        if serverError && !failAfter {
            try Self.count(db, .serverErrorBefore)
            return SimulatorAnswer(Self.internalFailure.response)
        }
        if unavailable && !failAfter {
            try Self.count(db, .unavailableBefore)
            return SimulatorAnswer(Self.serviceUnavailable.response)
        }
        if badGateway && !failAfter {
            try Self.count(db, .badGatewayBefore)
            return SimulatorAnswer(Self.badGatewayPage)
        }
        if gatewayTimeout && !failAfter {
            try Self.count(db, .gatewayTimeoutBefore)
            return SimulatorAnswer(Self.gatewayTimeoutAnswer)
        }
        if timeout && !afterwards {
            try Self.count(db, .timeoutBefore)
            return lost(Self.serviceUnavailable.response)
        }
        pendingAfter = (serverError && failAfter, unavailable && failAfter, badGateway && failAfter, gatewayTimeout && failAfter,
                        timeout && afterwards)
        return nil
    }

    private var pendingSlow = false
    private var pendingAfter = (serverError: false, unavailable: false, badGateway: false, gatewayTimeout: false, timeout: false)

    static let internalFailure = APIError(status: 500, code: "InternalFailure", message: "We encountered an internal error. Please try again.")
    static let serviceUnavailable = APIError(status: 503, code: "ServiceUnavailable", message: "Service temporarily unavailable. Please try again.")
    /// A gateway's own answers, not SP-API's error JSON: a client must tell them by status alone.
    static let badGatewayPage = HTTPResponse(
        status: 502, headers: ["Content-Type": "text/html"], body: Data("<html><body><h1>502 Bad Gateway</h1></body></html>".utf8))
    static let gatewayTimeoutAnswer = HTTPResponse(
        status: 504, headers: ["Content-Type": "application/json"], body: Data(#"{"message":"Endpoint request timed out"}"#.utf8))

    private func lost(_ response: HTTPResponse) -> SimulatorAnswer {
        var answer = SimulatorAnswer(response)
        answer.dropped = true
        answer.hang = profile.hangSeconds
        return answer
    }

    // MARK: After the operation

    /// The answer as it leaves: its content, body and delivery spoiled as the profile draws.
    mutating func after(_ db: Database, _ operation: Operation, _ request: HTTPRequest, _ real: HTTPResponse) throws -> SimulatorAnswer {
        defer { try? save(db) }
        var response = real
        if (200..<300).contains(response.status) {
            switch operation {
            case .searchOrders: response = try searchOrders(db, request, response)
            case .getOrder: response = try getOrder(db, response)
            case .createFeed: try doom(db, response)
            default: break
            }
            response = try spoilBody(db, response)
        }
        var answer = SimulatorAnswer(response)
        if pendingAfter.serverError {
            try Self.count(db, .serverErrorAfter)
            answer = SimulatorAnswer(Self.internalFailure.response)
        } else if pendingAfter.unavailable {
            try Self.count(db, .unavailableAfter)
            answer = SimulatorAnswer(Self.serviceUnavailable.response)
        } else if pendingAfter.badGateway {
            try Self.count(db, .badGatewayAfter)
            answer = SimulatorAnswer(Self.badGatewayPage)
        } else if pendingAfter.gatewayTimeout {
            try Self.count(db, .gatewayTimeoutAfter)
            answer = SimulatorAnswer(Self.gatewayTimeoutAnswer)
        }
        if pendingAfter.timeout {
            try Self.count(db, .timeoutAfter)
            answer = lost(answer.response)
        } else if pendingSlow {
            try Self.count(db, .slow)
            answer.simulatedDelay = profile.slowSeconds
            answer.realDelay = profile.httpSlowSeconds
        }
        answer.response.headers.merge(real.headers.filter { $0.key.hasPrefix("x-amzn") }) { a, _ in a }
        return answer
    }

    /// Cuts a JSON body short, or replaces it with something that is not the JSON promised.
    private mutating func spoilBody(_ db: Database, _ response: HTTPResponse) throws -> HTTPResponse {
        let cut = rng.chance(profile.truncated), garble = rng.chance(profile.malformed)
        let variant = rng.int(0...2), position = rng.unit()
        guard !response.body.isEmpty else { return response }
        var spoiled = response
        if cut {
            try Self.count(db, .truncated)
            spoiled.body = response.body.prefix(Int(Double(response.body.count) * position))
        } else if garble {
            try Self.count(db, .malformed)
            switch variant {
            case 0:
                // A raw control byte is invalid anywhere in JSON, inside a string or out: the body must not
                // turn into other valid JSON, which no client could tell from the truth.
                var bytes = [UInt8](response.body)
                bytes.insert(0x01, at: Int(Double(bytes.count) * position))
                spoiled.body = Data(bytes)
                if (try? JSONSerialization.jsonObject(with: spoiled.body)) != nil { spoiled.body = Data("<html>".utf8) }
            case 1:
                spoiled.body = Data("<html><body><h1>502 Bad Gateway</h1></body></html>".utf8)
                spoiled.headers["Content-Type"] = "text/html"
            default:
                spoiled.body = Data("[]".utf8)
            }
        }
        return spoiled
    }

    // MARK: Content faults

    /// The previous page again, or the real page with stale copies; remembers what it served.
    private mutating func searchOrders(_ db: Database, _ request: HTTPRequest, _ response: HTTPResponse) throws -> HTTPResponse {
        let repeatIt = rng.chance(profile.repeatPage)
        if repeatIt, let token = request.queryValue("paginationToken"),
           let previous = try Data.fetchOne(db, sql: "SELECT body FROM faultServedPage WHERE nextToken = ?", arguments: [token]) {
            try Self.count(db, .repeatedPage)
            var again = response
            again.body = previous
            return again
        }
        guard var page = try? JSONDecoder().decode(SearchOrdersResponse.self, from: response.body) else { return response }
        var changed = false
        for index in page.orders.indices {
            if let stale = try staleCopy(db, of: page.orders[index]) {
                page.orders[index] = stale
                changed = true
            }
        }
        let served = changed ? JSONBody.response(status: response.status, page) : response
        if profile.repeatPage > 0, let next = page.pagination?.nextToken {
            try db.execute(sql: "INSERT OR REPLACE INTO faultServedPage (nextToken, body) VALUES (?, ?)", arguments: [next, served.body])
            try db.execute(sql: "DELETE FROM faultServedPage WHERE rowid <= (SELECT MAX(rowid) FROM faultServedPage) - 50")
        }
        var answer = served
        answer.headers = response.headers
        return answer
    }

    private mutating func getOrder(_ db: Database, _ response: HTTPResponse) throws -> HTTPResponse {
        guard let answer = try? JSONDecoder().decode(GetOrderResponse.self, from: response.body),
              let stale = try staleCopy(db, of: answer.order) else { return response }
        var served = JSONBody.response(status: response.status, GetOrderResponse(order: stale))
        served.headers = response.headers
        return served
    }

    /// An older copy of `order` when the draw says so and the order changed less than the lag ago;
    /// otherwise nil, and `order` becomes the copy served next time.
    private mutating func staleCopy(_ db: Database, of order: Order) throws -> Order? {
        guard profile.staleOrder > 0, let updated = SimTime.parse(order.lastUpdatedTime) else { return nil }
        let draw = rng.chance(profile.staleOrder)
        let copy = try Row.fetchOne(db, sql: "SELECT lastUpdatedTime, body FROM faultOrderCopy WHERE orderId = ?", arguments: [order.orderId])
        if let copy, (copy["lastUpdatedTime"] as Int64) < updated, Double(now - updated) < profile.staleLagSeconds, draw,
           let older = try? JSONDecoder().decode(Order.self, from: copy["body"] as Data) {
            try Self.count(db, .staleOrder)
            return older
        }
        if copy.map({ ($0["lastUpdatedTime"] as Int64) < updated }) ?? true {
            try db.execute(sql: "INSERT OR REPLACE INTO faultOrderCopy (orderId, lastUpdatedTime, body) VALUES (?, ?, ?)",
                           arguments: [order.orderId, updated, try JSONEncoder().encode(order)])
        }
        return nil
    }

    /// A feed just created is doomed to end FATAL when the draw says so.
    private mutating func doom(_ db: Database, _ response: HTTPResponse) throws {
        guard rng.chance(profile.fatalFeed), let created = try? JSONDecoder().decode(CreateFeedResponse.self, from: response.body) else { return }
        try Self.count(db, .fatalFeed)
        try db.execute(sql: "INSERT OR IGNORE INTO faultDoomedFeed (feedId) VALUES (?)", arguments: [created.feedId])
    }
}

enum FaultTables {
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE faultState (
                id INTEGER PRIMARY KEY CHECK (id = 1),
                profile BLOB NOT NULL,             -- JSON of FaultProfile
                rngState INTEGER NOT NULL,
                burstLeft INTEGER NOT NULL
            );
            CREATE TABLE faultCount (kind TEXT PRIMARY KEY, n INTEGER NOT NULL);
            CREATE TABLE faultOrderCopy (orderId TEXT PRIMARY KEY, lastUpdatedTime INTEGER NOT NULL, body BLOB NOT NULL);
            CREATE TABLE faultServedPage (nextToken TEXT PRIMARY KEY, body BLOB NOT NULL);
            CREATE TABLE faultDoomedFeed (feedId TEXT PRIMARY KEY);
            """)
    }
}
