import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Synchronization
import Testing

@Suite("Push after a crash: a quantity Amazon may already have is never changed under its key")
struct InventoryCrashTests {
    @Test("a stock change after a lost PATCH answer still reaches Amazon")
    func newerQuantityAfterLostAnswer() async throws {
        // R29 (a crash loses nothing), R25 (Amazon offers what the store offers). Found by the kill -9 harness
        // (SoakTests/SyncCrashTests): the message was rewritten in place under the key Amazon had already
        // answered, so Amazon replayed its first answer and kept the old quantity.
        let h = try SyncHarness(transport: {
            // An error the client does not retry stands in for the kill.
            LosingTransport($0, error: .other("the sync was killed after Amazon applied the quantity"), matches: LosingTransport.patch(sku: "MUG-BLAU-350"))
        })
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
