import Foundation
import MerchantStore
import SellingPartnerAPI
import Synchronization

/// Once armed, puts a sync's Finances read at the worst moment for a refund in the outbox: after the push has read
/// its outbox and begun the refund's feed, before that feed leaves. The two run side by side in no promised order;
/// this makes the order the same in every run: the read waits for a feed to begin, the feed waits for the store
/// to know of a refund made on Amazon (each a minute at most, so a run that goes otherwise fails, not hangs).
final class FinancesFirstTransport: HTTPTransport {
    let inner: any HTTPTransport
    private let store = Mutex<MerchantStore?>(nil)
    private let feedBegun = Mutex(false)

    init(_ inner: any HTTPTransport) { self.inner = inner }

    /// From now on, the Finances read and the feeds wait for each other as above.
    func hold(until store: MerchantStore) { self.store.withLock { $0 = store } }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard let store = store.withLock({ $0 }) else { return try await inner.send(request) }
        if request.method == "POST", request.path.hasSuffix("/feeds/2021-06-30/documents") {
            feedBegun.withLock { $0 = true }
            try await wait { try !store.refundsOnAmazon().isEmpty }
        } else if request.path.hasSuffix("/finances/2024-06-19/transactions") {
            try await wait { self.feedBegun.withLock { $0 } }
        }
        return try await inner.send(request)
    }

    /// Gives up after a minute of real time, not after a count of looks: a loaded two-core run can stall the other
    /// task for seconds, and five seconds' worth of looks let the two go in the wrong order.
    private func wait(until ready: () throws -> Bool) async throws {
        let deadline = Date().addingTimeInterval(60)
        while try !ready(), Date() < deadline {
            try await Task.sleep(nanoseconds: 10_000_000)
        }
    }
}
