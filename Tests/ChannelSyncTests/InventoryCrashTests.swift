import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI
import Synchronization
import Testing

/// Passes requests to Amazon but stops the sync at the answer to the first quantity PATCH of one SKU:
/// Amazon applied it, the console never learns so (the sync was killed in between). An error the client
/// does not retry stands in for the kill.
final class LosesFirstPatchAnswer: HTTPTransport {
    let inner: any HTTPTransport
    let sku: String
    let lost = Mutex(false)
    init(_ inner: any HTTPTransport, sku: String) { self.inner = inner; self.sku = sku }

    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        let response = try await inner.send(request)
        let isPatch = request.method == "PATCH" && request.path.contains("/listings/2021-08-01/items/") && request.path.contains("/\(sku)")
        if isPatch && lost.withLock({ done in defer { done = true }; return !done }) {
            throw TransportError.other("the sync was killed after Amazon applied the quantity")
        }
        return response
    }
}

@Suite("Push after a crash: a quantity Amazon may already have is never changed under its key")
struct InventoryCrashTests {
    @Test("a stock change after a lost PATCH answer still reaches Amazon")
    func newerQuantityAfterLostAnswer() async throws {
        // R29 (a crash loses nothing), R25 (Amazon offers what the store offers). Found by the kill -9 harness
        // (EndToEndTests/SyncCrashTests): the message was rewritten in place under the key Amazon had already
        // answered, so Amazon replayed its first answer and kept the old quantity.
        let h = try SyncHarness(transport: { LosesFirstPatchAnswer($0, sku: "MUG-BLAU-350") })
        let first = await h.sync.runOnce()
        #expect(first.error != nil)   // the lost answer stops the push
        #expect(try h.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 40)   // Amazon applied it all the same

        try h.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(stockOnHand: 33), actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()

        #expect(try h.simulator.offeredQuantity(sku: "MUG-BLAU-350") == 33)
        #expect(try h.entry("MUG-BLAU-350").offeredOnAmazon == 33)
        #expect(try h.store.openOutbox(kind: .inventory).isEmpty)
    }
}
