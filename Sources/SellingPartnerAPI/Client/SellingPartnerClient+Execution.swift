import Foundation

// Sending one operation: rate-limit token, transport, back-off and retry, decoding.
//
// Retry rules, and why:
// - 429: Amazon's bucket is empty. Drain ours (the next attempt waits for a real token) and back off.
// - 500, 503, no connection, time-out: back off and try again, up to `maxAttempts` in all. But a
//   createFeed whose fate is unknown (500/503, time-out, connection lost) is never resent: Amazon does
//   not de-duplicate feeds, and a refund sent twice is paid twice. It throws `.outcomeUnknown` instead.
// - Other 4xx: refused for a reason; sending it again will not help. `.rejected` at once.
// - 403 Unauthorized "The access token you provided has expired": the token ran out between our look at
//   its expiry and Amazon's (clocks differ, or Amazon withdrew it early). Amazon did nothing with the request,
//   so it is sent again once with a new token, even a createFeed; a second such answer is a refusal.
// - A 2xx whose body does not decode: a read is asked again up to `malformedRetries` times (a truncated
//   page may come whole the next time); a write is not resent, since Amazon did accept it.
// - `atOnce`: a read that is only worth it now (a read-back beside a push) neither waits for its token
//   (`RateLimitWouldWait`) nor retries: its first failure is thrown as it comes.
extension SellingPartnerClient {
    func execute<T>(_ operation: SPAPIOperation, _ request: HTTPRequest, atOnce: Bool = false, decode: (HTTPResponse) throws -> T) async throws -> T {
        var request = request
        var attempt = 0
        var malformedRetriesLeft = backoff.malformedRetries
        var repeatedWithNewToken = false
        while true {
            attempt += 1
            let mayRetry = !atOnce && attempt < backoff.maxAttempts
            try await waitForToken(operation, mayWait: !atOnce)
            // After the rate limit's wait, which may outlast a token: the token is taken as late as possible.
            var sentToken: AccessToken?
            let provider = operation.isGrantless ? grantlessTokens : tokens
            if operation.isSellingPartnerEndpoint, let provider {
                let token = try await provider.accessToken()
                request.headers["x-amz-access-token"] = token.value
                sentToken = token
            }
            state.withLock { $0.statistics.requests[operation, default: 0] += 1 }

            let response: HTTPResponse
            do {
                response = try await transport.send(request)
            } catch let error as TransportError {
                guard error.isTransient else {
                    throw SPAPIError.transportFailed(operation: operation, detail: error.description, attempts: attempt)
                }
                if !operation.resendIsHarmless, !error.requestNeverArrived {
                    throw SPAPIError.outcomeUnknown(operation: operation, detail: error.description)
                }
                guard mayRetry else {
                    throw SPAPIError.transportFailed(operation: operation, detail: error.description, attempts: attempt)
                }
                try await backOff(retry: attempt - 1)
                continue
            }

            switch ResponseClass(status: response.status) {
            case .success:
                adoptServerRate(operation, response)
                do {
                    return try decode(response)
                } catch let error as DecodingError {
                    if operation.isRead, malformedRetriesLeft > 0, mayRetry {
                        malformedRetriesLeft -= 1
                        try await backOff(retry: attempt - 1)
                        continue
                    }
                    throw SPAPIError.malformedResponse(operation: operation, detail: Self.explain(error))
                }
            case .throttled:
                state.withLock { s in
                    s.statistics.throttled += 1
                    s.buckets[operation]?.drain(at: clock.now)
                }
                guard mayRetry else { throw SPAPIError.throttled(operation: operation, attempts: attempt) }
                try await backOff(retry: attempt - 1)
            case .serverTrouble:
                if !operation.resendIsHarmless {
                    throw SPAPIError.outcomeUnknown(operation: operation, detail: "HTTP \(response.status)")
                }
                guard mayRetry else {
                    throw SPAPIError.serverUnavailable(operation: operation, status: response.status, attempts: attempt)
                }
                try await backOff(retry: attempt - 1)
            case .refused:
                if response.status == 403, let sentToken, !repeatedWithNewToken, Self.saysTokenExpired(response) {
                    repeatedWithNewToken = true
                    await provider?.expired(sentToken)
                    state.withLock { $0.statistics.expiredTokenRepeats += 1 }
                    attempt -= 1
                    continue
                }
                throw Self.rejection(response, hiding: sentToken.map { [$0.value] } ?? [])
            }
        }
    }

    /// Sleeps until the operation's bucket holds a token, then takes it. Never sends on an empty bucket.
    /// A wait longer than `RateLimitWatch.noticeAfter` is posted on `waits` while it lasts, and slept in slices of a
    /// second at most, so that a countdown moves and a clock moved ahead (the simulator's) is noticed; when the policy
    /// allows no such wait (`waitsAtMost`), the call throws `RateLimitWouldWait` instead of sleeping.
    private func waitForToken(_ operation: SPAPIOperation, mayWait: Bool) async throws {
        guard operation.isSellingPartnerEndpoint, let limit = rateLimits.limits[operation] else { return }
        defer { waits.end(operation) }
        while true {
            let (wait, rate) = state.withLock { s in
                var bucket = s.buckets[operation] ?? TokenBucket(limit)
                let wait = bucket.take(at: clock.now)
                s.buckets[operation] = bucket
                return (wait, bucket.rate)
            }
            if wait == 0 { return }
            if !mayWait {
                throw RateLimitWouldWait(wait: RateLimitWait(operation: operation, until: clock.now.addingTimeInterval(wait), limit: RateLimit(rate: rate, burst: limit.burst)),
                                         seconds: wait)
            }
            var slice = wait
            if wait > RateLimitWatch.noticeAfter {
                let announced = RateLimitWait(operation: operation, until: clock.now.addingTimeInterval(wait), limit: RateLimit(rate: rate, burst: limit.burst))
                if let most = rateLimits.waitsAtMost, wait > most { throw RateLimitWouldWait(wait: announced, seconds: wait) }
                waits.begin(announced)
                slice = min(wait, 1)
            }
            state.withLock { $0.statistics.totalSlept += slice }
            try await clock.sleep(seconds: slice)
        }
    }

    /// Full jitter: a random delay up to the retry's ceiling, never less than the policy's minimum.
    private func backOff(retry: Int) async throws {
        let delay = state.withLock { s in
            let delay = backoff.delay(retry: retry, unit: Double.random(in: 0..<1, using: &s.random))
            s.statistics.retries += 1
            s.statistics.totalSlept += delay
            return delay
        }
        try await clock.sleep(seconds: delay)
    }

    /// A success may say which rate Amazon applies to this seller (`x-amzn-RateLimit-Limit: 0.0167`).
    private func adoptServerRate(_ operation: SPAPIOperation, _ response: HTTPResponse) {
        guard rateLimits.adoptsServerRate, let limit = rateLimits.limits[operation],
              let text = response.header("x-amzn-RateLimit-Limit"),
              let rate = Double(text.trimmingCharacters(in: .whitespaces)), rate.isFinite, rate > 0
        else { return }
        state.withLock { s in
            var bucket = s.buckets[operation] ?? TokenBucket(limit)
            bucket.rate = rate
            s.buckets[operation] = bucket
        }
    }

    /// Amazon's answer to a token that has run out: 403, code `Unauthorized`, "The access token you provided has expired."
    static func saysTokenExpired(_ response: HTTPResponse) -> Bool {
        guard let list = try? JSONDecoder().decode(SPAPIErrorList.self, from: response.body) else { return false }
        return list.errors.contains { e in
            e.code == "Unauthorized" && (e.message + " " + (e.details ?? "")).lowercased().contains("access token you provided has expired")
        }
    }

    /// A refusal, with Amazon's own error list when the body holds one; `secrets` (the token sent) never show in it.
    static func rejection(_ response: HTTPResponse, hiding secrets: [String] = []) -> SPAPIError {
        if let list = try? JSONDecoder().decode(SPAPIErrorList.self, from: response.body) {
            return .rejected(status: response.status, errors: list.errors.map { e in
                SPAPIErrorItem(code: Redaction.redact(e.code, hiding: secrets), message: Redaction.redact(e.message, hiding: secrets),
                               details: e.details.map { Redaction.redact($0, hiding: secrets) })
            })
        }
        let text = Redaction.redact(String(decoding: response.body.prefix(200), as: UTF8.self), hiding: secrets)
        let errors = text.isEmpty ? [] : [SPAPIErrorItem(code: "HTTP \(response.status)", message: text)]
        return .rejected(status: response.status, errors: errors)
    }

    /// Where in the JSON decoding stopped, in one line.
    static func explain(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
            return p.isEmpty ? "the body" : p
        }
        switch error {
        case .dataCorrupted(let c): return "\(path(c)): \(c.debugDescription)"
        case .keyNotFound(let key, let c): return "\(path(c)): missing \"\(key.stringValue)\""
        case .typeMismatch(let type, let c): return "\(path(c)): expected \(type)"
        case .valueNotFound(let type, let c): return "\(path(c)): no \(type) value"
        @unknown default: return "\(error)"
        }
    }
}

extension HTTPResponse {
    /// A header's value, whatever the case of its name (HTTP header names are case-insensitive).
    func header(_ name: String) -> String? {
        headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}
