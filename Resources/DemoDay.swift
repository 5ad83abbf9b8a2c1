import AmazonSimulator
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// The first run's shop in the middle of a working day: orders to ship (one late, one due within the hour),
/// pending orders holding stock, blocked orders, a return waiting for its refund, and what was shipped before.
///
///     let amazon = try AmazonSimulator.create(at: path, account: setup, clock: SystemClock(), connectedAt: DemoDay.connectedAt(now: Date()))
///     try await DemoDay(simulator: amazon, store: store).stage(until: Date())
///
/// Nothing is written into the store by hand: the simulated Amazon lives the last four days through its own
/// control panel (buyers order, pay, return), the real sync brings each step home, and the merchant's shipments
/// go through the store's ship operation and out through the outbox, so every rule of the domain holds.
public struct DemoDay: Sendable {
    public let simulator: AmazonSimulator
    public let store: MerchantStore

    /// The account was connected four days before the first run.
    public static let connectedAgo: TimeInterval = 4 * 86_400

    public static func connectedAt(now: Date) -> Date { now.addingTimeInterval(-connectedAgo) }

    public init(simulator: AmazonSimulator, store: MerchantStore) {
        self.simulator = simulator
        self.store = store
    }

    /// What the staged day holds, for tests and the first frame.
    public struct Staged: Sendable {
        public var late: String
        public var dueWithinTheHour: String
        public var unknownSku: String
        public var shortOfStock: String
        public var disabledProduct: String
        public var pending: [String]
        public var returned: String
    }

    /// `stage(until:)` for a caller that is not async (the console's first run): blocks until done, a few seconds.
    @discardableResult
    public func stageBlocking(until end: Date) throws -> Staged {
        let box = ResultBox()
        let work = self
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            do { box.set(.success(try await work.stage(until: end))) } catch { box.set(.failure(error)) }
            done.signal()
        }
        done.wait()
        return try box.get()
    }

    /// Lives the four days up to `end` (the wall clock's now), syncing as a merchant's console would have.
    @discardableResult
    public func stage(until end: Date) async throws -> Staged {
        let clock = AccountClock(simulator: simulator)
        // Throttling would only make the first run wait; it is switched back on before the console opens.
        try simulator.setThrottling(enabled: false)
        let client = SellingPartnerClient(transport: simulator, clock: clock, rateLimits: .unlimited)
        let sync = ChannelSync(store: store, client: client, clock: clock)
        func at(_ before: TimeInterval) throws { try simulator.passTime(until: end.addingTimeInterval(-before)) }
        func syncNow() async { _ = await sync.runOnce() }
        let hour: TimeInterval = 3600
        let de = "A1PA6795UKMFR9", uk = "A1F83G8C2ARO7P", jp = "A1VC38T7YXB528"
        var serial = 0
        func ship(_ id: String) throws {
            serial += 1
            try store.ship(ShipmentRequest(amazonOrderId: id, carrier: .dhl, trackingNumber: Self.dhlNumber(serial)),
                           actor: "demo", at: clock.now)
        }

        await syncNow()  // the connection: older orders are shown, never imported (R2)

        // Three days ago: orders the merchant shipped the next morning; one of them comes back.
        try at(75 * hour)
        let returned = try simulator.placeOrder(sku: "MUG-ROT-350", buyerName: "Jürgen Groß", marketplaceId: de, handlingDays: 2)
        let shippedEarlier = [
            try simulator.placeOrder(sku: "FILTER-PAP-100", quantity: 3, marketplaceId: de, handlingDays: 2),
            try simulator.placeOrder(sku: "BECHER-THAI", buyerName: "สมชาย ใจดี", marketplaceId: uk, handlingDays: 3),
            try simulator.placeOrder(sku: "TEE-MATCHA-100", buyerName: "山田太郎", marketplaceId: jp, handlingDays: 3),
        ]
        await syncNow()
        try at(60 * hour)
        for id in [returned] + shippedEarlier { try ship(id) }
        await syncNow()

        // Yesterday: one order nobody shipped (now late), one due within the hour, Amazon's own shipment.
        try at(26 * hour)
        let late = try simulator.placeOrder(sku: "DOSE-EDEL-250", quantity: 2, buyerName: "Anna Müller", marketplaceId: de, handlingDays: 1)
        try at(23 * hour + 15 * 60)
        let due = try simulator.placeOrder(sku: "KAFFEE-ESP-1KG", buyerName: "Oliver Smith", marketplaceId: uk, handlingDays: 1)
        try at(20 * hour)
        _ = try simulator.placeOrder(sku: "WAAGE-DIGI", afn: true, marketplaceId: de)
        await syncNow()

        // This morning: more to ship, and three orders the catalog cannot take yet (R5).
        try at(6 * hour)
        _ = try simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 2, buyerName: "Léa Fischer", marketplaceId: de, handlingDays: 2)
        try at(5 * hour)
        try simulator.returnPackage(orderId: returned, arrived: false)
        try at(4 * hour)
        _ = try simulator.placeOrder(sku: "SIEB-TEE-FEIN", buyerName: "佐藤花子", marketplaceId: jp, handlingDays: 3)
        try at(3 * hour)
        let unknownSku = try simulator.placeOrder(sku: "AMZ-LEGACY-TASSE", buyerName: "Klaus Becker", marketplaceId: de, handlingDays: 2)
        try at(2 * hour)
        _ = try simulator.placeOrder(sku: "UNTERSETZER-KORK", quantity: 2, marketplaceId: de, handlingDays: 2)
        try at(90 * 60)
        let short = try simulator.placeOrder(sku: "MILCH-SCHAEUMER", buyerName: "Emma Wilson", marketplaceId: uk, handlingDays: 2)
        try at(40 * 60)
        let disabled = try simulator.placeOrder(sku: "GESCHENK-SET", buyerName: "Sophie Wagner", marketplaceId: de, handlingDays: 2)
        await syncNow()

        // The last minutes: buyers still paying. Amazon settles them while the console is open (R9, R11, R12).
        try at(9 * 60)
        let pendingTea = try simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 2, pending: true, marketplaceId: de)
        try at(5 * 60)
        let pendingMill = try simulator.placeOrder(sku: "MUEHLE-HAND", pending: true, marketplaceId: de)
        try at(3 * 60)
        let pendingPot = try simulator.placeOrder(sku: "KANNE-GUSS-1L", pending: true, marketplaceId: uk)
        // The first payment lands before the console's first minute is out, so its first sync after opening shows it.
        try simulator.plan(.pay, orderId: pendingTea, at: end.addingTimeInterval(40))
        try simulator.plan(.fraudCancel, orderId: pendingMill, at: end.addingTimeInterval(100))
        try simulator.plan(.pay, orderId: pendingPot, at: end.addingTimeInterval(300))
        try at(0)
        await syncNow()
        try simulator.setThrottling(enabled: true)
        return Staged(late: late, dueWithinTheHour: due, unknownSku: unknownSku, shortOfStock: short, disabledProduct: disabled,
                      pending: [pendingTea, pendingMill, pendingPot], returned: returned)
    }

    /// A DHL Paket number (20 digits, mod 10 with weights 3 and 1), distinct per serial.
    static func dhlNumber(_ serial: Int) -> String {
        let digits = String(serial)
        let body = "0034043" + String(repeating: "0", count: 12 - digits.count) + digits
        let sum = body.enumerated().reduce(0) { $0 + Int(String($1.element))! * ($1.offset % 2 == 0 ? 3 : 1) }
        return body + String((10 - sum % 10) % 10)
    }
}

/// The account's time, which the staging moves: the sync's timestamps and the store's.
struct AccountClock: ClockSource {
    let simulator: AmazonSimulator
    var now: Date { (try? simulator.now) ?? Date() }
    func sleep(seconds: Double) async throws { try await SystemClock().sleep(seconds: seconds) }
}

/// The staged day's result, handed from the task that stages it to the caller that waits.
private final class ResultBox: @unchecked Sendable {
    private let lock = NSLock()
    private var result: Result<DemoDay.Staged, any Error> = .failure(CancellationError())
    func set(_ r: Result<DemoDay.Staged, any Error>) { lock.lock(); result = r; lock.unlock() }
    func get() throws -> DemoDay.Staged { lock.lock(); defer { lock.unlock() }; return try result.get() }
}
