import Foundation
import MerchantCore
import MerchantStore
import Testing

/// Channel settings: stored at once, logged, effective on the next sync; refusals change nothing (R28, R30).
@Suite struct SettingsTests {
    @Test func initializeStoresTheConnection() throws {
        // R28
        let t = try TestStore()
        #expect(try t.store.isInitialized())
        let settings = try t.store.settings()
        #expect(settings == Fx.settings())
        #expect(settings.connectedAt == Fx.connectedAt)
        #expect(settings.importOrders && !settings.importPending && settings.reservePending)
        #expect(try t.store.activity().contains { $0.kind == "connect" && $0.subject == "A2DEMOSELLER01" })
    }

    @Test func anUninitializedStoreSaysSo() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("merchant-store-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try MerchantStore.open(at: dir.appendingPathComponent("m.sqlite").path)
        #expect(try store.isInitialized() == false)
        #expect(throws: StoreError.notInitialized) { try store.settings() }
        #expect(throws: StoreError.notInitialized) { try store.ingest([Fx.order("302-0000001-0000001", .unshipped)], watermark: nil, at: Fx.t(1)) }
        #expect(try store.orders().isEmpty)
    }

    @Test func aChangeIsStoredAtOnceAndLoggedOldToNew() throws {
        // R28
        let t = try TestStore()
        let next = try t.store.setSetting(.importOrders, to: "off", actor: "merchant", at: Fx.t(1))
        #expect(next.importOrders == false)
        #expect(try t.store.settings().importOrders == false)
        let line = try #require(try t.store.activity().first)
        #expect(line.kind == "setting")
        #expect(line.actor == "merchant")
        #expect(line.subject == "import-orders")
        #expect(line.message == "Import Amazon orders: on → off")
        #expect(line.at == Fx.t(1))

        try t.store.setSetting(.syncInterval, to: "5m", actor: "merchant", at: Fx.t(2))
        #expect(try t.store.settings().syncIntervalSeconds == 300)
        #expect(try t.store.activity().first?.message == "Sync interval: 1m → 5m")

        // Another connection to the same file sees it at once.
        let other = try MerchantStore.open(at: t.store.path)
        #expect(try other.settings().syncIntervalSeconds == 300)
        #expect(try other.settings().importOrders == false)
    }

    @Test func theSameValueAgainWritesNothing() throws {
        // R28
        let t = try TestStore()
        let before = try t.store.activity(limit: 1_000)
        try t.store.setSetting(.importOrders, to: "on", actor: "merchant", at: Fx.t(1))
        #expect(try t.store.activity(limit: 1_000) == before)
    }

    @Test(arguments: [
        (SettingKey.importOrders, "maybe"),
        (SettingKey.reservePending, ""),
        (SettingKey.syncInterval, "5 minutes"),
        (SettingKey.syncInterval, "5s"),
        (SettingKey.syncInterval, "2d"),
    ])
    func aRefusedValueChangesNothing(key: SettingKey, value: String) throws {
        // R28, R30
        let t = try TestStore()
        let before = try t.store.settings()
        let activityBefore = try t.store.activity(limit: 1_000)
        #expect(throws: SettingError.self) { try t.store.setSetting(key, to: value, actor: "merchant", at: Fx.t(1)) }
        #expect(try t.store.settings() == before)
        #expect(try t.store.activity(limit: 1_000) == activityBefore)
    }

    @Test func aRefusalSaysWhy() throws {
        // R30
        let t = try TestStore()
        #expect(throws: SettingError.notASwitch(.importOrders, "maybe")) {
            try t.store.setSetting(.importOrders, to: "maybe", actor: "merchant", at: Fx.t(1))
        }
    }

    @Test func importOffTakesEffectOnTheNextSync() throws {
        // R28, R4
        let t = try TestStore()
        let before = Fx.order("302-0000001-0000001", .unshipped)
        try t.store.ingest([before], watermark: nil, at: Fx.t(1))
        try t.store.setSetting(.importOrders, to: "off", actor: "merchant", at: Fx.t(2))
        let after = Fx.order("302-0000002-0000002", .unshipped, purchased: Fx.t(3))
        try t.store.ingest([after], watermark: nil, at: Fx.t(3))
        #expect(try t.detail(before.amazonOrderId).importState == .imported)
        #expect(try t.detail(after.amazonOrderId).importState == .readOnly)
        #expect(try t.detail(after.amazonOrderId).local == nil)
        #expect(try t.entry("MUG-BLAU-350").stock.held == 1)

        // Turned on again, new orders import.
        try t.store.setSetting(.importOrders, to: "on", actor: "merchant", at: Fx.t(4))
        try t.store.reconsiderWaitingOrders(at: Fx.t(5))
        let third = Fx.order("302-0000003-0000003", .unshipped, purchased: Fx.t(6))
        try t.store.ingest([third], watermark: nil, at: Fx.t(6))
        #expect(try t.detail(third.amazonOrderId).importState == .imported)
    }

    @Test func reserveOffReleasesReservationsOnReconsider() throws {
        // R9, R28
        let t = try TestStore()
        let o = Fx.order("302-0000001-0000001", .pending, items: [Fx.item("MUG-BLAU-350", qty: 2)])
        try t.store.ingest([o], watermark: nil, at: Fx.t(1))
        #expect(try t.entry("MUG-BLAU-350").stock.reserved == 2)
        try t.store.setSetting(.reservePending, to: "off", actor: "merchant", at: Fx.t(2))
        let report = try t.store.reconsiderWaitingOrders(at: Fx.t(3))
        #expect(report.released == 1)
        #expect(try t.detail(o.amazonOrderId).importState == .awaitingPayment)
        #expect(try t.entry("MUG-BLAU-350").stock.reserved == 0)
        #expect(try t.entry("MUG-BLAU-350").offeredOnAmazon == 40)
    }
}
