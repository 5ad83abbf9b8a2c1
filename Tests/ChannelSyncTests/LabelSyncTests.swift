import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

@Suite("Labels bought through Amazon: through the outbox, bought once, saved, never confirmed twice")
struct LabelSyncTests {
    static let from = PostalAddress(name: "Lager Nord", lines: ["Hafenstraße 3"], city: "Hamburg", postalCode: "20457", region: nil, countryCode: "DE")
    static let parcel = ParcelPackage(grams: 350, lengthMm: 200, widthMm: 150, heightMm: 100)

    func paidOrder(_ h: SyncHarness, quantity: Int = 2) async throws -> String {
        let id = try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: quantity)
        try await h.syncUntilSettled()
        return id
    }

    func rates(_ h: SyncHarness, _ id: String) async throws -> KeptRates {
        try await LabelRates(store: h.store, client: h.client, clock: h.clock).fetch(orderId: id, parcel: Self.parcel, shipFrom: Self.from)
    }

    func cheapest(_ kept: KeptRates) throws -> String { try #require(ShippingOffer.marks(kept.offers).cheapest) }

    @Test("a label is bought once through the outbox, saved 0600 under labels/, and the order ships with its tracking number without a confirmShipment")
    func labelBoughtAndSaved() async throws {
        // R29: recorded with its outbox message first, applied by Amazon once. R13: the package carries a valid tracking number.
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let kept = try await rates(h, id)
        #expect(kept.offers.map(\.carrierName).sorted() == ["DHL Paket", "DPD", "Hermes"])
        let queued = try h.store.queueLabel(orderId: id, rateId: try cheapest(kept), format: "PDF", actor: "test", at: h.clock.now)
        // One transaction: the label, its outbox message with a stable key, its activity line.
        let message = try #require(try h.store.openOutbox(kind: .label).first)
        #expect(message.idempotencyKey == queued.idempotencyKey && message.subject == id)
        #expect(try h.store.activity(limit: 1).first?.message.contains("label queued") == true)
        #expect(try h.store.orderDetail(id).local?.status == .processing)

        try await h.syncUntilSettled()
        let label = try #require(try h.store.label(id: queued.id))
        #expect(label.state == .saved)
        let path = try #require(label.filePath)
        #expect(String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)).prefix(5), as: UTF8.self) == "%PDF-")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try FileManager.default.attributesOfItem(atPath: h.store.labelsFolder.path)[.posixPermissions] as? Int == 0o700)

        let amazon = try h.simulator.orderView(orderId: id)
        #expect(amazon.status == "SHIPPED")
        #expect(amazon.packages.map(\.trackingNumber) == [label.trackingNumber])
        let detail = try h.store.orderDetail(id)
        #expect(detail.local?.status == .shipped)
        #expect(detail.shipments.map(\.trackingNumber) == [try #require(label.trackingNumber)])
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 38)
        // Buy Shipping confirmed it: no confirmShipment, no shipment message.
        #expect(try h.simulator.statistics().requests["confirmShipment"] == nil)
        #expect(try h.store.outbox(includeDone: true).filter { $0.kind == .shipment }.isEmpty)
        #expect(try h.store.openOutbox().isEmpty)
        #expect(try h.simulator.labels(orderId: id).count == 1)
    }

    @Test("rates older than 10 minutes are refused before anything is queued")
    func expiredRatesRefused() async throws {
        // R30: refused, nothing changed.
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let kept = try await rates(h, id)
        h.clock.advance(seconds: 601)
        let before = try h.store.outbox(includeDone: true).count
        #expect(throws: LabelRefusal.ratesExpired(id)) {
            try h.store.queueLabel(orderId: id, rateId: try cheapest(kept), format: "PDF", actor: "test", at: h.clock.now)
        }
        #expect(try h.store.outbox(includeDone: true).count == before)
        #expect(try h.store.labels(orderId: id).isEmpty)
        #expect(LabelRefusal.ratesExpired(id).description == "rates are older than 10 minutes: run `merchant rates \(id)` again")
    }

    @Test("a purchase whose answer was lost is sent again with its key and Amazon sells one label")
    func lostAnswerBuysOnce() async throws {
        // R29
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let kept = try await rates(h, id)
        let queued = try h.store.queueLabel(orderId: id, rateId: try cheapest(kept), format: "ZPL", actor: "test", at: h.clock.now)
        // The sync bought it, and died before it recorded Amazon's answer.
        _ = try await h.client.purchaseShipment(
            PurchaseShipmentRequest(requestToken: kept.requestToken, rateId: try cheapest(kept), requestedDocumentSpecification: .init(format: .zpl)),
            idempotencyKey: queued.idempotencyKey)
        h.clock.advance(seconds: 900)   // even after the token expired: the key is the same shipment
        try await h.syncUntilSettled()
        let label = try #require(try h.store.label(id: queued.id))
        #expect(label.state == .saved)
        #expect(try h.simulator.labels(orderId: id).count == 1)
        #expect(try h.simulator.statistics().requests["purchaseShipment"] == 2)
        let zpl = String(decoding: try Data(contentsOf: URL(fileURLWithPath: try #require(label.filePath))), as: UTF8.self)
        let tracking = try #require(label.trackingNumber)
        #expect(zpl.hasPrefix("^XA") && zpl.contains(tracking))
    }

    @Test("a label bought and recorded but never saved is fetched again with getShipmentDocuments")
    func unsavedLabelRecovered() async throws {
        // R29
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let kept = try await rates(h, id)
        let queued = try h.store.queueLabel(orderId: id, rateId: try cheapest(kept), format: "PDF", actor: "test", at: h.clock.now)
        let bought = try await h.client.purchaseShipment(
            PurchaseShipmentRequest(requestToken: kept.requestToken, rateId: try cheapest(kept), requestedDocumentSpecification: .init(format: .pdf)),
            idempotencyKey: queued.idempotencyKey)
        let package = try #require(bought.packageDocumentDetails.first)
        try h.store.recordLabelBought(labelId: queued.id, shipmentId: bought.shipmentId, packageClientReferenceId: package.packageClientReferenceId,
                                      trackingNumber: try #require(package.trackingId), lines: try h.store.openLines(orderId: id), at: h.clock.now)
        // The crash: no file. The next sync recovers it.
        try await h.syncUntilSettled()
        let label = try #require(try h.store.label(id: queued.id))
        #expect(label.state == .saved)
        #expect(FileManager.default.fileExists(atPath: try #require(label.filePath)))
        #expect(try h.simulator.statistics().requests["getShipmentDocuments"] == 1)
        #expect(try h.simulator.statistics().requests["purchaseShipment"] == 1)
        #expect(try h.store.orderDetail(id).shipments.count == 1)
    }

    @Test("a void goes through the outbox and takes the package back; after the carrier's window it is refused and nothing changes")
    func voidTakesThePackageBack() async throws {
        // R29, R30
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let first = try h.store.queueLabel(orderId: id, rateId: try cheapest(try await rates(h, id)), format: "PDF", actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        let path = try #require(try h.store.label(id: first.id)?.filePath)
        try h.store.queueLabelVoid(orderId: id, actor: "test", at: h.clock.now)
        #expect(try h.store.orderDetail(id).local?.status == .shipped)   // until Amazon has voided it
        try await h.syncUntilSettled()
        #expect(try h.store.label(id: first.id)?.state == .voided)
        #expect(!FileManager.default.fileExists(atPath: path))
        let detail = try h.store.orderDetail(id)
        #expect(detail.local?.status == .processing && detail.shipments.isEmpty)
        #expect(try h.entry("MUG-BLAU-350").stock.onHand == 40)
        #expect(try h.simulator.orderView(orderId: id).status == "UNSHIPPED")

        let second = try h.store.queueLabel(orderId: id, rateId: try cheapest(try await rates(h, id)), format: "PDF", actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        h.clock.advance(seconds: 25 * 3600)
        let before = try h.store.outbox(includeDone: true).count
        #expect(throws: LabelRefusal.self) { try h.store.queueLabelVoid(orderId: id, actor: "test", at: h.clock.now) }
        #expect(try h.store.outbox(includeDone: true).count == before)
        #expect(try h.store.label(id: second.id)?.state == .saved)
        #expect(try h.store.orderDetail(id).local?.status == .shipped)
    }

    @Test("a purchase Amazon refuses buys nothing and leaves the order as it was")
    func refusedPurchase() async throws {
        // R30
        let h = try SyncHarness()
        let id = try await paidOrder(h)
        let queued = try h.store.queueLabel(orderId: id, rateId: try cheapest(try await rates(h, id)), format: "PDF", actor: "test", at: h.clock.now)
        h.clock.advance(seconds: 660)   // the sync comes too late: Amazon's token has expired
        _ = await h.sync.runOnce()
        let label = try #require(try h.store.label(id: queued.id))
        #expect(label.state == .failed)
        #expect(label.error?.contains("expired") == true)
        #expect(try h.store.orderDetail(id).local?.status == .processing)
        #expect(try h.simulator.labels(orderId: id).isEmpty)
        // The order may get a label again.
        let again = try h.store.queueLabel(orderId: id, rateId: try cheapest(try await rates(h, id)), format: "PDF", actor: "test", at: h.clock.now)
        try await h.syncUntilSettled()
        #expect(try h.store.label(id: again.id)?.state == .saved)
    }
}
