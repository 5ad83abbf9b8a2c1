import Foundation

/// How badly simulated Amazon behaves: a probability for each kind of fault, a few knobs, and a seed,
/// so that the same profile on the same requests misbehaves the same way on every run.
///
///     try amazon.setFaults(.named("hostile")!)                   // or .hostile
///     try amazon.setFaults(try FaultProfile.parse("flaky,timeout=0.1,seed=9"))
///
/// Faults never corrupt the simulator's own state: a faulty answer is made from the real one or
/// given instead of it, and a write is either applied whole or not at all (see `FaultInjector`).
public struct FaultProfile: Codable, Sendable, Equatable, CustomStringConvertible {
    /// The profile's name as `sim faults` shows it (`custom` after a knob was changed).
    public var name: String
    /// The seed of the fault draws; the same seed on the same requests gives the same faults.
    public var seed: UInt64

    /// A request starts a burst of 429 QuotaExceeded answers (before the operation runs).
    public var throttleBurst: Double
    /// How many requests in a row a burst refuses, the first included.
    public var burstLength: Int
    /// HTTP 500 InternalFailure: before the operation runs, or after it ran for reads and replayable writes.
    public var serverError: Double
    /// HTTP 503 ServiceUnavailable, placed like `serverError`.
    public var unavailable: Double
    /// HTTP 502 Bad Gateway from Amazon's gateway (an HTML page, not SP-API JSON), placed like `serverError`.
    public var badGateway: Double
    /// HTTP 504 Gateway Timeout: the gateway gave up waiting (the service may have gone on), placed like `serverError`.
    public var gatewayTimeout: Double
    /// The answer comes late: `slowSeconds` of simulated time in process, `httpSlowSeconds` of real time over HTTP.
    public var slow: Double
    public var slowSeconds: Double
    public var httpSlowSeconds: Double
    /// No answer at all: the request is lost before Amazon acts, or the answer is lost after it acted.
    /// In process the transport throws `TransportError.timedOut`; over HTTP the server holds the
    /// connection `hangSeconds` (longer than the client's time-out) before answering.
    public var timeout: Double
    public var hangSeconds: Double
    /// A 2xx JSON body cut short.
    public var truncated: Double
    /// A 2xx body that is not JSON (a stray byte, an HTML page, a bare array).
    public var malformed: Double
    /// A searchOrders page asked with a token answers the previous page again, token and all.
    public var repeatPage: Double
    /// An order updated less than `staleLagSeconds` ago is served as the older copy last served
    /// (a lagging replica); the lag stays under the sync's overlap, as Amazon's does.
    public var staleOrder: Double
    public var staleLagSeconds: Double
    /// A created feed ends FATAL when processed: none of its messages is applied.
    public var fatalFeed: Double
    /// ORDER_CHANGE delivery, as SQS and Amazon's notifications behave on any day (so not a fault that `isActive`
    /// counts): each message arrives up to `notifyDelaySeconds` after its change (so two close changes may arrive
    /// in the other order), is delivered twice with probability `notifyDuplicate`, and lost with `notifyLoss` (soaks).
    public var notifyDelaySeconds: Double
    public var notifyDuplicate: Double
    public var notifyLoss: Double
    /// The delivery defaults: a few seconds late at most, one in fifty twice, none lost.
    public static let notifyDefaults = (delaySeconds: 3.0, duplicate: 0.02, loss: 0.0)

    public init(
        name: String = "custom", seed: UInt64 = 1, throttleBurst: Double = 0, burstLength: Int = 3, serverError: Double = 0,
        unavailable: Double = 0, badGateway: Double = 0, gatewayTimeout: Double = 0, slow: Double = 0, slowSeconds: Double = 2, httpSlowSeconds: Double = 0.05, timeout: Double = 0,
        hangSeconds: Double = 35, truncated: Double = 0, malformed: Double = 0, repeatPage: Double = 0, staleOrder: Double = 0,
        staleLagSeconds: Double = 120, fatalFeed: Double = 0, notifyDelaySeconds: Double = FaultProfile.notifyDefaults.delaySeconds,
        notifyDuplicate: Double = FaultProfile.notifyDefaults.duplicate, notifyLoss: Double = FaultProfile.notifyDefaults.loss
    ) {
        self.name = name
        self.seed = seed
        self.throttleBurst = throttleBurst
        self.burstLength = burstLength
        self.serverError = serverError
        self.unavailable = unavailable
        self.badGateway = badGateway
        self.gatewayTimeout = gatewayTimeout
        self.slow = slow
        self.slowSeconds = slowSeconds
        self.httpSlowSeconds = httpSlowSeconds
        self.timeout = timeout
        self.hangSeconds = hangSeconds
        self.truncated = truncated
        self.malformed = malformed
        self.repeatPage = repeatPage
        self.staleOrder = staleOrder
        self.staleLagSeconds = staleLagSeconds
        self.fatalFeed = fatalFeed
        self.notifyDelaySeconds = notifyDelaySeconds
        self.notifyDuplicate = notifyDuplicate
        self.notifyLoss = notifyLoss
    }

    /// Amazon on a good day.
    public static let none = FaultProfile(name: "none")

    /// Amazon on a busy day: now and then a 429 burst, a 500/502/503/504, a slow or lost answer, a broken body.
    public static let flaky = FaultProfile(
        name: "flaky", throttleBurst: 0.02, burstLength: 2, serverError: 0.02, unavailable: 0.02, badGateway: 0.01, gatewayTimeout: 0.01,
        slow: 0.05, timeout: 0.01,
        truncated: 0.01, malformed: 0.01, repeatPage: 0.05, staleOrder: 0.05, fatalFeed: 0.05)

    /// Amazon at its worst: every kind of fault, often.
    public static let hostile = FaultProfile(
        name: "hostile", throttleBurst: 0.05, burstLength: 4, serverError: 0.06, unavailable: 0.06, badGateway: 0.04, gatewayTimeout: 0.04,
        slow: 0.1, timeout: 0.05,
        truncated: 0.04, malformed: 0.04, repeatPage: 0.25, staleOrder: 0.25, fatalFeed: 0.25)

    /// Amazon's gateways in trouble, nothing else: 502 Bad Gateway and 504 Gateway Timeout, before or after
    /// the service acted. Every answer a client sees is either the truth or one of those two.
    public static let gateway = FaultProfile(name: "gateway", badGateway: 0.15, gatewayTimeout: 0.15)

    public static let profiles: [FaultProfile] = [.none, .flaky, .hostile, .gateway]

    /// A named profile (`none`, `flaky`, `hostile`, `gateway`), whatever the case.
    public static func named(_ name: String) -> FaultProfile? {
        profiles.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Whether any fault can happen at all.
    public var isActive: Bool {
        [throttleBurst, serverError, unavailable, badGateway, gatewayTimeout, slow, timeout, truncated, malformed, repeatPage, staleOrder, fatalFeed].contains { $0 > 0 }
    }

    /// The knobs by name, as `parse` and `description` spell them.
    static var knobs: [(String, WritableKeyPath<FaultProfile, Double>)] { [
        ("throttle", \.throttleBurst), ("500", \.serverError), ("503", \.unavailable), ("502", \.badGateway),
        ("504", \.gatewayTimeout), ("slow", \.slow),
        ("slow-seconds", \.slowSeconds), ("http-slow-seconds", \.httpSlowSeconds), ("timeout", \.timeout),
        ("hang-seconds", \.hangSeconds), ("truncated", \.truncated), ("malformed", \.malformed),
        ("repeat-page", \.repeatPage), ("stale-order", \.staleOrder), ("stale-lag-seconds", \.staleLagSeconds),
        ("fatal-feed", \.fatalFeed), ("notify-delay-seconds", \.notifyDelaySeconds), ("notify-duplicate", \.notifyDuplicate),
        ("notify-loss", \.notifyLoss),
    ] }

    /// The notification knobs, shown by `description` only when they differ from the defaults.
    static let notifyKnobs: Set<String> = ["notify-delay-seconds", "notify-duplicate", "notify-loss"]

    /// Every knob `parse` reads, for help texts.
    public static var knobNames: [String] { ["seed", "burst"] + knobs.map(\.0) }

    /// Reads `PROFILE[,knob=value...]`, e.g. `hostile,seed=7,timeout=0` or `none,500=0.1`; a knob alone
    /// (`timeout=0.2`) starts from `none`. Probabilities are 0...1; `burst`, `seed` and seconds are numbers.
    public static func parse(_ text: String) throws -> FaultProfile {
        var parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        var profile = FaultProfile.none
        if let first = parts.first, !first.contains("=") {
            guard let named = named(first) else { throw FaultProfileError.unknownProfile(first) }
            profile = named
            parts.removeFirst()
        }
        for part in parts {
            let pair = part.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { throw FaultProfileError.badKnob(part) }
            let (key, value) = (pair[0].lowercased(), pair[1])
            switch key {
            case "seed":
                guard let seed = UInt64(value) else { throw FaultProfileError.badValue(key, value) }
                profile.seed = seed
                continue
            case "burst":
                guard let n = Int(value), (1...1000).contains(n) else { throw FaultProfileError.badValue(key, value) }
                profile.burstLength = n
            default:
                guard let path = knobs.first(where: { $0.0 == key })?.1 else { throw FaultProfileError.badKnob(part) }
                guard let number = Double(value), number.isFinite, number >= 0,
                      key.hasSuffix("seconds") ? number <= 3600 : number <= 1 else { throw FaultProfileError.badValue(key, value) }
                profile[keyPath: path] = number
            }
            profile.name = "custom"
        }
        return profile
    }

    /// `hostile (seed 1): throttle=0.05 burst=4 500=0.06 ...`, the knobs that are on.
    public var description: String {
        var parts = ["\(name) (seed \(seed))"]
        for (key, path) in Self.knobs where !key.hasSuffix("seconds") && self[keyPath: path] > 0 && !Self.notifyKnobs.contains(key) {
            parts.append("\(key)=\(self[keyPath: path])")
            if key == "throttle" { parts.append("burst=\(burstLength)") }
        }
        if slow > 0 { parts.append("slow-seconds=\(slowSeconds) http-slow-seconds=\(httpSlowSeconds)") }
        if timeout > 0 { parts.append("hang-seconds=\(hangSeconds)") }
        if staleOrder > 0 { parts.append("stale-lag-seconds=\(staleLagSeconds)") }
        let defaults = FaultProfile()
        for (key, path) in Self.knobs where Self.notifyKnobs.contains(key) && self[keyPath: path] != defaults[keyPath: path] {
            parts.append("\(key)=\(self[keyPath: path])")
        }
        return parts.joined(separator: " ")
    }
}

extension FaultProfile {
    /// Reads a profile kept in a simulator's file. One written before the gateway faults (502, 504) existed
    /// has no such knobs: they read as off (the notification knobs as their defaults), so an older simulator file keeps its profile and needs no migration.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try c.decode(String.self, forKey: .name), seed: try c.decode(UInt64.self, forKey: .seed),
            throttleBurst: try c.decode(Double.self, forKey: .throttleBurst), burstLength: try c.decode(Int.self, forKey: .burstLength),
            serverError: try c.decode(Double.self, forKey: .serverError), unavailable: try c.decode(Double.self, forKey: .unavailable),
            badGateway: try c.decodeIfPresent(Double.self, forKey: .badGateway) ?? 0,
            gatewayTimeout: try c.decodeIfPresent(Double.self, forKey: .gatewayTimeout) ?? 0,
            slow: try c.decode(Double.self, forKey: .slow), slowSeconds: try c.decode(Double.self, forKey: .slowSeconds),
            httpSlowSeconds: try c.decode(Double.self, forKey: .httpSlowSeconds), timeout: try c.decode(Double.self, forKey: .timeout),
            hangSeconds: try c.decode(Double.self, forKey: .hangSeconds), truncated: try c.decode(Double.self, forKey: .truncated),
            malformed: try c.decode(Double.self, forKey: .malformed), repeatPage: try c.decode(Double.self, forKey: .repeatPage),
            staleOrder: try c.decode(Double.self, forKey: .staleOrder), staleLagSeconds: try c.decode(Double.self, forKey: .staleLagSeconds),
            fatalFeed: try c.decode(Double.self, forKey: .fatalFeed),
            notifyDelaySeconds: try c.decodeIfPresent(Double.self, forKey: .notifyDelaySeconds) ?? Self.notifyDefaults.delaySeconds,
            notifyDuplicate: try c.decodeIfPresent(Double.self, forKey: .notifyDuplicate) ?? Self.notifyDefaults.duplicate,
            notifyLoss: try c.decodeIfPresent(Double.self, forKey: .notifyLoss) ?? Self.notifyDefaults.loss)
    }
}

/// Why a fault profile could not be read.
public enum FaultProfileError: Error, Equatable, Sendable, CustomStringConvertible {
    case unknownProfile(String)
    case badKnob(String)
    case badValue(String, String)

    public var description: String {
        switch self {
        case .unknownProfile(let name):
            "there is no fault profile \"\(name)\": use \(FaultProfile.profiles.map(\.name).joined(separator: ", ")), optionally followed by knobs like ,timeout=0.1"
        case .badKnob(let text):
            "\"\(text)\" is not a fault knob: use one of \(FaultProfile.knobNames.joined(separator: ", ")) as knob=value"
        case .badValue(let key, let value):
            "\(key)=\(value) is out of range: probabilities are 0 to 1, seconds 0 to 3600, burst 1 to 1000, seed a whole number"
        }
    }
}

/// The kinds of fault the simulator counts, in the order its table lists them.
public enum FaultKind: String, CaseIterable, Sendable, Codable {
    case throttled, serverErrorBefore, serverErrorAfter, unavailableBefore, unavailableAfter
    case badGatewayBefore, badGatewayAfter, gatewayTimeoutBefore, gatewayTimeoutAfter, slow, timeoutBefore, timeoutAfter
    case truncated, malformed, repeatedPage, staleOrder, fatalFeed
}
