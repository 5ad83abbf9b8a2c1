import AmazonSimulator
import ChannelSync
import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore
import MerchantTestSupport
import SellingPartnerAPI
import Testing

/// The console over a real store and the simulated Amazon, as the merchant runs it: the rates are asked in the
/// background and come in at a tick, the labels are bought by the outbox push.
final class LabelConsole {
    let h: SyncHarness
    let program: ConsoleProgram
    var orderIds: [String] = []

    /// `orders` paid orders of the mug, imported; with its parcel facts and a ship-from address unless told otherwise.
    /// The buyers chose Standard delivery: the on-time choice does not hang on the simulator's draw of a service level.
    init(orders: Int = 1, facts: Bool = true, shipFrom: Bool = true, transport: @escaping (AmazonSimulator) -> any HTTPTransport = { $0 }) async throws {
        h = try SyncHarness(transport: transport, rateLimits: .unlimited)
        if facts {
            _ = try h.store.updateProduct(sku: "MUG-BLAU-350", ProductChange(weight: .some(try Weight.parse("350g")), size: .some(try PackageSize.parse("20x15x10cm"))),
                                          actor: "test", at: h.clock.now)
        }
        if shipFrom { _ = try h.store.setShipFromAddress(try ShipFromAddress.parse("Lager Nord; Hafenstraße 3; 20457; Hamburg; DE"), actor: "test", at: h.clock.now) }
        for _ in 0..<orders { orderIds.append(try h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, serviceLevel: "STANDARD")) }
        try await h.syncUntilSettled()
        let clock = h.clock
        program = ConsoleProgram(store: h.store, sync: h.sync, size: Size(rows: 24, columns: 80), now: { clock.now })
        program.start()
    }

    func press(_ keys: Key...) { for key in keys { program.send(.key(key)) } }

    var text: String {
        let text = program.screen.text
        expectNoRuleIds(text)
        return text
    }

    var dialog: LabelDialog? { if case .label(let d) = program.state.dialog { d } else { nil } }

    /// Ticks (a second of Amazon's time each) until `condition` holds, for up to 60 s of real time.
    func waitUntil(_ what: String, _ condition: () throws -> Bool) async throws {
        let start = Date()
        while try !condition() {
            if Date().timeIntervalSince(start) > 60 { throw SyncTestError("waited 60 s for \(what):\n\(program.screen.text)") }
            h.clock.advance(seconds: 1)
            program.tick()
            try await Task.sleep(nanoseconds: 20_000_000)
        }
    }

    /// Opens the ship dialog on the selected order and switches to buying a label; waits for Amazon's answer.
    func openRates() async throws {
        find(orderIds[0])
        press(.character("s"))
        #expect(program.state.dialog.map { if case .ship = $0 { true } else { false } } == true)
        press(.control("t"))
        #expect(text.contains("Asking Amazon for rates"))
        try await waitUntil("the rates") { dialog?.asking == false }
    }

    /// Finds one order by its id (the `/` search): the one row, selected.
    func find(_ id: String) {
        press(.character("/"))
        for ch in id { press(.character(ch)) }
        press(.enter)
    }

    /// Finds one order and marks it with Space.
    func mark(_ id: String) {
        find(id)
        press(.character(" "))
    }

    var labelMessages: Int { (try? h.store.outbox(includeDone: true).filter { $0.kind == .label }.count) ?? -1 }
}

@Suite("Buying a label from the ship dialog, and labels for the marked orders")
struct LabelDialogTests {
    @Test("the rates come as a list with cheapest and fastest marked; Enter asks with No chosen, and No changes nothing")
    func ratesListedNoByDefault() async throws {
        // R30: a question answered No changes nothing.
        let c = try await LabelConsole()
        try await c.openRates()
        let screen = c.text
        for service in ["DHL Paket", "DPD Classic", "Hermes Paket", "cheapest", "fastest", "protected", "Parcel 350 g"] {
            #expect(screen.contains(service), "\(service) on\n\(screen)")
        }
        c.press(.enter)
        let question = try #require(c.dialog?.chosen.first?.offer)
        #expect(c.text.contains("Buy \(question.serviceName) for "))
        #expect(c.dialog?.question == false)
        c.press(.enter)
        #expect(c.program.state.dialog == nil)
        #expect(c.program.state.flash?.text.contains("No label bought") == true)
        #expect(c.labelMessages == 0)
        #expect(try c.h.store.labels(orderId: c.orderIds[0]).isEmpty)
    }

    @Test("Yes queues exactly one label; once bought, Amazon's order shows its tracking number once and no confirmShipment went out")
    func yesBuysOneLabel() async throws {
        // R29: the label with its outbox message, bought once; Buy Shipping confirmed it, so no confirmShipment.
        let c = try await LabelConsole()
        let id = c.orderIds[0]
        try await c.openRates()
        c.press(.down)  // another rate than the cheapest: the one under the cursor is bought
        let rate = try #require(c.dialog?.chosen.first?.offer)
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 1)
        let label = try #require(try c.h.store.labels(orderId: id).first)
        #expect(label.rateId == rate.rateId)
        #expect(c.program.state.flash?.text.contains("It will be saved as \(c.h.store.labelsFolder.path)/\(label.fileName)") == true)
        try await c.waitUntil("the label saved") { try c.h.store.label(id: label.id)?.state == .saved }
        try await c.waitUntil("the console saying where it went") { c.program.state.flash?.text.contains("Label bought") == true }
        let saved = try #require(try c.h.store.label(id: label.id))
        let tracking = try #require(saved.trackingNumber)
        #expect(c.program.state.flash?.text.contains(try #require(saved.filePath)) == true)
        #expect(try c.h.simulator.orderView(orderId: id).packages.map(\.trackingNumber) == [tracking])
        #expect(try c.h.simulator.statistics().requests["confirmShipment"] == nil)
        #expect(try c.h.simulator.statistics().requests["purchaseShipment"] == 1)
        #expect(c.labelMessages == 1)
    }

    @Test("a product without weight or size is named and Amazon is not asked; Enter buys nothing")
    func missingFactsRefused() async throws {
        // R30
        let c = try await LabelConsole(facts: false)
        try await c.openRates()
        #expect(c.dialog?.leftOut.first?.why.contains("MUG-BLAU-350 has no weight or size") == true)
        #expect(c.text.contains("MUG-BLAU-350"))
        c.press(.enter)
        #expect(c.text.contains("There is no rate to buy"))
        #expect(try c.h.simulator.statistics().requests["getRates"] == nil)
        #expect(c.labelMessages == 0)
    }

    @Test("without a ship-from address the dialog says so and nothing is asked or queued")
    func shipFromMissingRefused() async throws {
        // R30
        let c = try await LabelConsole(shipFrom: false)
        try await c.openRates()
        #expect(c.dialog?.leftOut.first?.why.contains("there is no ship-from address yet") == true)
        #expect(c.text.contains("ship-from address"))
        #expect(try c.h.simulator.statistics().requests["getRates"] == nil)
        #expect(c.labelMessages == 0)
    }

    @Test("a network error while asking for rates shows in the dialog and nothing is queued")
    func networkErrorRefused() async throws {
        // R30
        let c = try await LabelConsole(transport: { NoRatesNetwork(simulator: $0) })
        try await c.openRates()
        let why = try #require(c.dialog?.leftOut.first?.why)
        #expect(why == "no rates came from Amazon: Amazon could not be reached; check the network connection. Press ^R to ask again")
        #expect(c.text.contains("✗ no rates came from Amazon"))
        c.press(.enter)
        #expect(c.dialog?.question == nil)
        #expect(c.labelMessages == 0)
    }

    @Test("an order that may not ship (pending, fulfilled by Amazon) never reaches Amazon's rates call")
    func mayNotShipNeverAsked() async throws {
        // R10, R14: the same rule as shipping.
        let c = try await LabelConsole(orders: 0)
        let pending = try c.h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, pending: true)
        let afn = try c.h.simulator.placeOrder(sku: "WAAGE-DIGI", quantity: 1, afn: true)
        try await c.h.syncUntilSettled()
        for id in [pending, afn] {
            let answer = await c.h.sync.orderRates(id)
            #expect(answer.rates == nil && answer.refusal != nil, "\(id): \(answer)")
        }
        // In the console the ship key refuses before any dialog opens.
        c.program.send(.dataChanged)
        c.find(pending)
        c.press(.character("s"))
        #expect(c.program.state.dialog.map { if case .notice = $0 { true } else { false } } == true)
        c.press(.control("t"))
        #expect(c.dialog == nil)
        #expect(try c.h.simulator.statistics().requests["getRates"] == nil)
        #expect(c.labelMessages == 0)
    }

    @Test("rates older than 10 minutes are refused at Enter; ^R asks again and they buy")
    func expiredRatesAskedAgain() async throws {
        // R30: the expired rate changes nothing.
        let c = try await LabelConsole()
        try await c.openRates()
        c.h.clock.advance(seconds: 601)
        c.program.tick()
        c.press(.enter)
        #expect(c.dialog?.problem?.contains("older than 10 minutes") == true)
        #expect(c.text.contains("older than"))
        #expect(c.dialog?.question == nil)
        #expect(c.labelMessages == 0)
        c.press(.control("r"))
        try await c.waitUntil("the rates again") { c.dialog?.asking == false }
        #expect(try c.h.simulator.statistics().requests["getRates"] == 2)
        c.press(.enter, .right, .enter)
        #expect(c.labelMessages == 1)
    }

    @Test("^T goes back to the tracking number form as it was, and Esc closes without buying")
    func backToTheForm() async throws {
        let c = try await LabelConsole()
        c.find(c.orderIds[0])
        c.press(.character("s"))
        c.program.send(.key(.character("1")))  // typed into the tracking number
        c.press(.control("t"))
        c.press(.control("t"))
        guard case .ship(let form) = c.program.state.dialog else { Issue.record("not back on the ship form"); return }
        #expect(form.tracking.text == "1")
        #expect(c.text.contains("^T buys a label through Amazon instead"))
        c.press(.control("t"))
        c.press(.escape)
        #expect(c.program.state.dialog == nil)
        #expect(c.labelMessages == 0)
    }

    @Test("marked orders: each gets the cheapest on-time rate, the total is shown, one Yes queues a label each")
    func markedOrdersLabelled() async throws {
        // R29: one label and outbox message per order.
        let c = try await LabelConsole(orders: 2)
        c.orderIds.forEach(c.mark)
        c.press(.character("s"))
        guard case .bulkShip = c.program.state.dialog else { Issue.record("the bulk ship dialog did not open"); return }
        c.press(.control("t"))
        try await c.waitUntil("the rates of both") { c.dialog?.asking == false }
        let d = try #require(c.dialog)
        #expect(d.chosen.count == 2)
        #expect(d.leftOut.isEmpty)
        // The cheapest of the German carriers that is on time, for each.
        for (entry, offer) in d.chosen {
            let all = try #require(entry.answer?.rates?.offers)
            #expect(entry.answer?.deliverBy != nil, "Amazon promised each buyer a delivery date")
            #expect(OnTimeRate.choose(all, deliverBy: entry.answer?.deliverBy, shipBy: entry.answer?.shipBy) == .chosen(offer))
        }
        #expect(c.text.contains("Total "))
        c.press(.enter)
        #expect(c.text.contains("Buy 2 PDF labels for "))
        c.press(.enter)  // No
        #expect(c.labelMessages == 0)
        c.press(.character("s"), .control("t"))
        try await c.waitUntil("the rates again") { c.dialog?.asking == false }
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 2)
        #expect(c.program.state.orders.marked.isEmpty)
    }

    @Test("marked orders: each label meets the deliver-by date Amazon promised that buyer, not the ship-by date plus two days")
    func markedOrdersByDeliverBy() async throws {
        // R15's ship-by date says when to ship; the buyer's deliver-by date says which rate arrives in time.
        let c = try await LabelConsole(orders: 0)
        // Standard, ship by tomorrow: Amazon.de promises delivery up to three days after, so Hermes (3 days, cheapest) is in time,
        // though it misses ship-by + 2 days.
        let standard = try c.h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, handlingDays: 1, serviceLevel: "STANDARD")
        // Expedited, ship by in two days: delivery the day after, so Hermes is late though it meets ship-by + 2 days.
        let expedited = try c.h.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 1, handlingDays: 2, serviceLevel: "EXPEDITED")
        try await c.h.syncUntilSettled()
        c.program.send(.dataChanged)
        [standard, expedited].forEach(c.mark)
        c.press(.character("s"), .control("t"))
        try await c.waitUntil("the rates of both") { c.dialog?.asking == false }
        let d = try #require(c.dialog)
        #expect(d.leftOut.isEmpty)
        let chosen = Dictionary(uniqueKeysWithValues: d.chosen.map { ($0.entry.amazonOrderId, $0) })
        #expect(chosen[standard]?.offer.serviceName == "Hermes Paket")
        #expect(chosen[expedited]?.offer.serviceName == "DPD Classic")
        for id in [standard, expedited] {
            let entry = try #require(chosen[id]?.entry)
            // The date the dialog judged by is the one the store keeps from Amazon.
            let stored = try c.h.store.orderDetail(id).order.latestDeliveryDate
            #expect(entry.answer?.deliverBy != nil && entry.answer?.deliverBy == stored)
            // The ship-by rule alone would have chosen otherwise: the stored date decided.
            let offers = try #require(entry.answer?.rates?.offers)
            let offer = try #require(chosen[id]?.offer)
            #expect(OnTimeRate.choose(offers, deliverBy: nil, shipBy: entry.answer?.shipBy) != .chosen(offer))
        }
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 2)
        #expect(try c.h.store.labels(orderId: standard).first?.rateId == chosen[standard]?.offer.rateId)
        #expect(try c.h.store.labels(orderId: expedited).first?.rateId == chosen[expedited]?.offer.rateId)
    }

    @Test("a marked order that cannot be labelled is left out and named, the others are labelled")
    func markedOrderLeftOut() async throws {
        // R30: the order left out is named with why, and left alone.
        let c = try await LabelConsole(orders: 1)
        // A second order of a product without parcel facts.
        let bare = try c.h.simulator.placeOrder(sku: "TEE-GRUEN-500", quantity: 1)
        try await c.h.syncUntilSettled()
        c.program.send(.dataChanged)
        [c.orderIds[0], bare].forEach(c.mark)
        c.press(.character("s"), .control("t"))
        try await c.waitUntil("the rates of both") { c.dialog?.asking == false }
        let d = try #require(c.dialog)
        #expect(d.chosen.map(\.entry.amazonOrderId) == [c.orderIds[0]])
        #expect(d.leftOut.map(\.entry.amazonOrderId) == [bare])
        #expect(d.leftOut.first?.why.contains("TEE-GRUEN-500 has no weight or size") == true)
        #expect(c.text.contains("✗ \(bare) cannot be priced yet"))
        c.press(.enter, .character("y"), .enter)
        #expect(c.labelMessages == 1)
        #expect(try c.h.store.labels(orderId: bare).isEmpty)
    }
}

/// Amazon's rates out of reach (the network), the rest answered by the simulator.
struct NoRatesNetwork: HTTPTransport {
    let simulator: AmazonSimulator
    func send(_ request: HTTPRequest) async throws -> HTTPResponse {
        if request.path.hasPrefix("/shipping/v2/shipments/rates") { throw URLError(.notConnectedToInternet) }
        return try await simulator.send(request)
    }
}
