import AmazonSimulator
import Foundation
import MerchantCore
import SellingPartnerAPI
import Testing

/// Simulated Buy Shipping (Shipping v2): real carriers per marketplace, prices by weight and size, request tokens that
/// expire, one shipment per idempotency key, real label files, voids within the carrier's window.
@Suite struct ShippingAPITests {
    static let from = #"{"name":"Lager Nord","addressLine1":"Hafenstraße 3","stateOrRegion":"HH","city":"Hamburg","countryCode":"DE","postalCode":"20457"}"#
    /// A warehouse in each marketplace's country, so its own carriers pick up there.
    static let home = ["A1PA6795UKMFR9": from,
                       "A1F83G8C2ARO7P": #"{"name":"Unit 4","addressLine1":"1 Dock Road","stateOrRegion":"","city":"Leeds","countryCode":"GB","postalCode":"LS1 4DY"}"#,
                       "A1VC38T7YXB528": #"{"name":"倉庫","addressLine1":"1-2-3","stateOrRegion":"大阪府","city":"大阪市","countryCode":"JP","postalCode":"530-0001"}"#]

    func ratesBody(_ order: Order, grams: Int = 350, size: (Double, Double, Double) = (20, 15, 10), quantity: Int? = nil, from: String = from) -> String {
        let item = order.orderItems[0]
        return """
            {"shipFrom":\(from),"channelDetails":{"channelType":"AMAZON","amazonOrderDetails":{"orderId":"\(order.orderId)"}},
            "packages":[{"packageClientReferenceId":"1","dimensions":{"length":\(size.0),"width":\(size.1),"height":\(size.2),"unit":"CENTIMETER"},
            "weight":{"unit":"GRAM","value":\(grams)},"insuredValue":{"unit":"EUR","value":12.9},
            "items":[{"quantity":\(quantity ?? item.quantityOrdered),"itemIdentifier":"\(item.orderItemId)"}]}]}
            """
    }

    func rates(_ fixture: SimulatorFixture, _ order: Order, grams: Int = 350, size: (Double, Double, Double) = (20, 15, 10),
               from: String = from) async throws -> GetRatesResult {
        let response = try await fixture.send("POST", "/shipping/v2/shipments/rates", json: ratesBody(order, grams: grams, size: size, from: from))
        #expect(response.status == 200, "\(String(decoding: response.body, as: UTF8.self))")
        return try JSONDecoder().decode(ShippingPayload<GetRatesResult>.self, from: response.body).payload
    }

    func purchase(_ fixture: SimulatorFixture, _ rates: GetRatesResult, rate: Int = 0, format: String = "PDF", key: String) async throws -> HTTPResponse {
        let body = #"{"requestToken":"\#(rates.requestToken)","rateId":"\#(rates.rates[rate].rateId)","requestedDocumentSpecification":{"format":"\#(format)","size":{"width":4,"length":6,"unit":"INCH"},"needFileJoining":false,"requestedDocumentTypes":["LABEL"]}}"#
        return try await fixture.send("POST", "/shipping/v2/shipments", json: body, headers: ["x-amzn-IdempotencyKey": key])
    }

    func bought(_ response: HTTPResponse) throws -> PurchaseShipmentResult {
        try JSONDecoder().decode(ShippingPayload<PurchaseShipmentResult>.self, from: response.body).payload
    }

    @Test func eachMarketplaceOffersItsOwnCarriersPricedByWeightAndSize() async throws {
        let fixture = try SimulatorFixture()
        let carriers = [("A1PA6795UKMFR9", ["DHL Paket", "DPD", "Hermes"]), ("A1F83G8C2ARO7P", ["Royal Mail", "Evri"]),
                        ("A1VC38T7YXB528", ["Yamato Transport", "Sagawa Express", "Japan Post"])]
        for (marketplace, names) in carriers {
            let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", marketplaceId: marketplace)
            let order = try await fixture.order(id)
            let from = try #require(Self.home[marketplace])
            let light = try await rates(fixture, order, from: from)
            #expect(Set(light.rates.map(\.carrierName)) == Set(names), "\(marketplace)")
            #expect(light.rates.contains { $0.isClaimsProtected } && light.rates.contains { !$0.isClaimsProtected })
            #expect(light.rates.allSatisfy { $0.promise.deliveryWindow?.end != nil && $0.supportedDocumentSpecifications.map(\.format) == [.pdf, .png, .zpl] })
            // The same parcel costs the same; a heavier one, or a bulky one (billed by volume), costs more.
            let again = try await rates(fixture, order, from: from)
            #expect(again.rates.map(\.totalCharge) == light.rates.map(\.totalCharge))
            #expect(again.requestToken != light.requestToken)
            let heavy = try await rates(fixture, order, grams: 4800, from: from)
            let bulky = try await rates(fixture, order, grams: 350, size: (50, 40, 30), from: from)
            for (a, b) in zip(light.rates, heavy.rates) { #expect(b.totalCharge.value > a.totalCharge.value) }
            for (a, b) in zip(light.rates, bulky.rates) { #expect(b.totalCharge.value > a.totalCharge.value) }
            #expect(light.rates.allSatisfy { $0.totalCharge.unit == ["A1F83G8C2ARO7P": "GBP", "A1VC38T7YXB528": "JPY"][marketplace, default: "EUR"] })
        }
        // A parcel too long for some services is offered by the others, with the reason given.
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", marketplaceId: "A1F83G8C2ARO7P")
        let long = try await rates(fixture, try await fixture.order(id), size: (100, 20, 10), from: try #require(Self.home["A1F83G8C2ARO7P"]))
        #expect(long.rates.map(\.carrierName) == ["Evri"])
        #expect(long.ineligibleRates?.allSatisfy { $0.ineligibilityReasons.first?.code == "SIZE_RESTRICTIONS" } == true)
    }

    @Test func aParcelAcrossABorderIsOfferedTheShipFromCountrysInternationalServiceInTheOrdersCurrency() async throws {
        let fixture = try SimulatorFixture()
        // From Hamburg to a buyer of Amazon.co.uk: no Royal Mail van comes to Hamburg; DHL carries it abroad, in pounds.
        let uk = try await fixture.order(try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", marketplaceId: "A1F83G8C2ARO7P"))
        let abroad = try await rates(fixture, uk)
        #expect(abroad.rates.map(\.serviceName) == ["DHL Paket International"])
        #expect(abroad.rates.allSatisfy { $0.totalCharge.unit == "GBP" })
        // 15.49 EUR for the first kilogram, at 0.85 pounds a euro.
        #expect(abroad.rates.first?.totalCharge.value == Decimal(string: "13.17"))
        let home = try await rates(fixture, uk, from: try #require(Self.home["A1F83G8C2ARO7P"]))
        let days = { (r: ShippingRate) in r.promise.deliveryWindow?.start ?? "" }
        #expect(abroad.rates.map(days).allSatisfy { a in home.rates.allSatisfy { days($0) < a } }, "longer on the way than at home")
        // From Tokyo to Amazon.de: Japan Post's EMS, in euros.
        let de = try await fixture.order(try fixture.simulator.placeOrder(sku: "MUG-BLAU-350"))
        let ems = try await rates(fixture, de, from: try #require(Self.home["A1VC38T7YXB528"]))
        #expect(ems.rates.map(\.serviceName) == ["EMS"] && ems.rates.first?.totalCharge.unit == "EUR")
        // From a country no simulated carrier works in: nothing, each of the marketplace's services saying why.
        let paris = #"{"name":"Entrepôt","addressLine1":"1 rue de Rivoli","stateOrRegion":"","city":"Paris","countryCode":"FR","postalCode":"75001"}"#
        let none = try await rates(fixture, de, from: paris)
        #expect(none.rates.isEmpty)
        #expect(none.ineligibleRates?.map(\.carrierName) == ["DHL Paket", "DPD", "Hermes"])
        #expect(none.ineligibleRates?.allSatisfy { $0.ineligibilityReasons.first?.code == "NO_COVERAGE" } == true)
    }

    @Test func aLabelShipsTheOrderOnAmazonOncePerIdempotencyKey() async throws {
        // R29: sent again with its key, the purchase is the same shipment: one label, one package, one charge.
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", quantity: 2)
        let offered = try await rates(fixture, try await fixture.order(id))
        let first = try await purchase(fixture, offered, key: "label:\(id):1")
        #expect(first.status == 200, "\(String(decoding: first.body, as: UTF8.self))")
        let shipment = try bought(first)
        let tracking = try #require(shipment.packageDocumentDetails.first?.trackingId)
        // The number is one the carrier prints: the console's own check accepts it (R13).
        let carrier = try #require(Carrier(parsing: offered.rates[0].carrierName))
        #expect((try? TrackingNumber.validate(tracking, carrier: carrier)) == tracking)

        let again = try await purchase(fixture, offered, key: "label:\(id):1")
        #expect(again.status == 200)
        #expect(try bought(again).shipmentId == shipment.shipmentId)
        let view = try fixture.simulator.orderView(orderId: id)
        #expect(view.status == "SHIPPED")
        #expect(view.packages.map(\.trackingNumber) == [tracking])
        #expect(try fixture.simulator.labels(orderId: id).count == 1)
        #expect(try fixture.simulator.statistics().requests["confirmShipment"] == nil)
        // Another key for the shipped order buys nothing.
        let other = try await purchase(fixture, offered, rate: 1, key: "label:\(id):2")
        #expect(other.status == 400)
        #expect(try fixture.simulator.labels(orderId: id).count == 1)
    }

    @Test func aRequestTokenBuysForTenMinutesOnTheSimulatorsClock() async throws {
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let offered = try await rates(fixture, try await fixture.order(id))
        fixture.clock.advance(seconds: 601)
        let late = try await purchase(fixture, offered, key: "late")
        #expect(late.status == 400)
        let error = try JSONDecoder().decode(SPAPIErrorList.self, from: late.body).errors.first
        #expect(error?.message == "The requestToken has expired")
        #expect(try fixture.simulator.orderView(orderId: id).status == "UNSHIPPED")
        #expect(try fixture.simulator.labels(orderId: id).isEmpty)
        let fresh = try await rates(fixture, try await fixture.order(id))
        fixture.clock.advance(seconds: 599)
        #expect(try await purchase(fixture, fresh, key: "fresh").status == 200)
    }

    @Test func labelsAreRealFiles() async throws {
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", buyerName: "Jürgen Groß")
        let shipment = try bought(try await purchase(fixture, try await rates(fixture, try await fixture.order(id)), key: "k"))
        let detail = try #require(shipment.packageDocumentDetails.first)
        let pdf = try #require(detail.label?.data)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.hasPrefix("%PDF-1.4\n"))
        #expect(text.hasSuffix("%%EOF\n"))
        #expect(text.contains("(\(try #require(detail.trackingId))) Tj"))
        #expect(text.contains("(J\\374rgen Gro\\337) Tj"))   // WinAnsi: ü and ß
        #expect(text.contains(" re\n"))                       // the barcode's bars
        try checkCrossReferences(pdf)

        let zpl = try await fixture.get("/shipping/v2/shipments/\(shipment.shipmentId)/documents", [("packageClientReferenceId", "1"), ("format", "ZPL")])
        #expect(zpl.status == 200)
        let zplDetail = try JSONDecoder().decode(ShippingPayload<GetShipmentDocumentsResult>.self, from: zpl.body).payload.packageDocumentDetail
        let label = String(decoding: try #require(zplDetail.label?.data), as: UTF8.self)
        #expect(label.hasPrefix("^XA") && label.hasSuffix("^XZ\n"))
        #expect(label.contains("^FDJürgen Groß^FS") && label.contains("^BCN"))
        #expect(zplDetail.trackingId == detail.trackingId)
    }

    /// Every object the cross-reference table names starts at its offset, and `startxref` points at the table.
    func checkCrossReferences(_ pdf: Data) throws {
        let bytes = [UInt8](pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        let tail = try #require(text.range(of: "startxref\n", options: .backwards))
        let xref = try #require(Int(text[tail.upperBound...].prefix { $0.isNumber }))
        #expect(String(decoding: bytes[xref..<(xref + 4)], as: UTF8.self) == "xref")
        let table = String(decoding: bytes[xref...], as: UTF8.self).split(separator: "\n")
        let count = try #require(Int(table[1].split(separator: " ")[1]))
        for object in 1..<count {
            let entry = table[2 + object]
            #expect(entry.count == 19)   // 20 bytes with the newline
            let offset = try #require(Int(entry.prefix(10)))
            let head = "\(object) 0 obj"
            #expect(String(decoding: bytes[offset..<(offset + head.utf8.count)], as: UTF8.self) == head)
        }
    }

    @Test func aVoidWithinTheWindowTakesThePackageBackAndOneAfterItIsRefused() async throws {
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let shipment = try bought(try await purchase(fixture, try await rates(fixture, try await fixture.order(id)), key: "a"))
        fixture.clock.advance(seconds: 3600)
        let void = try await fixture.send("PUT", "/shipping/v2/shipments/\(shipment.shipmentId)/cancel", json: "")
        #expect(void.status == 200)
        var view = try fixture.simulator.orderView(orderId: id)
        #expect(view.status == "UNSHIPPED" && view.packages.isEmpty)
        #expect(try fixture.simulator.labels(orderId: id).map(\.cancelled) == [true])

        let second = try bought(try await purchase(fixture, try await rates(fixture, try await fixture.order(id)), key: "b"))
        fixture.clock.advance(seconds: 24 * 3600 + 1)
        let late = try await fixture.send("PUT", "/shipping/v2/shipments/\(second.shipmentId)/cancel", json: "")
        #expect(late.status == 400)
        let error = try JSONDecoder().decode(SPAPIErrorList.self, from: late.body).errors.first
        #expect(error?.message.contains("can no longer be cancelled") == true)
        #expect(error?.details?.contains("24 hours") == true)
        view = try fixture.simulator.orderView(orderId: id)
        #expect(view.status == "SHIPPED" && view.packages.count == 1)
    }

    @Test func trackingFollowsThePromise() async throws {
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350")
        let offered = try await rates(fixture, try await fixture.order(id))
        let shipment = try bought(try await purchase(fixture, offered, key: "t"))
        let tracking = try #require(shipment.packageDocumentDetails.first?.trackingId)
        func status() async throws -> String? {
            let response = try await fixture.get("/shipping/v2/tracking", [("trackingId", tracking), ("carrierId", offered.rates[0].carrierId)])
            return try JSONDecoder().decode(ShippingPayload<GetTrackingResult>.self, from: response.body).payload.summary.status
        }
        #expect(try await status() == "PreTransit")
        fixture.clock.advance(seconds: 5 * 86_400)
        #expect(try await status() == "Delivered")
    }

    @Test func shippingIsLimitedTo80PerSecondWithABurstOf100() async throws {
        let fixture = try SimulatorFixture(throttling: true)
        var statuses: [Int] = []
        for _ in 0..<101 { statuses.append(try await fixture.get("/shipping/v2/tracking", [("trackingId", "X"), ("carrierId", "DHL_PAKET")]).status) }
        #expect(statuses.prefix(100).allSatisfy { $0 == 404 })
        #expect(statuses.last == 429)
        fixture.clock.advance(seconds: 1)
        #expect(try await fixture.get("/shipping/v2/tracking", [("trackingId", "X"), ("carrierId", "DHL_PAKET")]).status == 404)
    }

    @Test(.enabled(if: ModelSchemaChecker.modelsFolder() != nil, "shared/spapi models not found"))
    func answersValidateAgainstTheOfficialShippingModel() async throws {
        let checker = try #require(ModelSchemaChecker(model: "shippingV2.json"))
        let fixture = try SimulatorFixture()
        let id = try fixture.simulator.placeOrder(sku: "MUG-BLAU-350", marketplaceId: "A1F83G8C2ARO7P")
        let order = try await fixture.order(id)
        let offered = try await fixture.send("POST", "/shipping/v2/shipments/rates", json: ratesBody(order, size: (100, 20, 10), from: try #require(Self.home["A1F83G8C2ARO7P"])))
        #expect(try checker.violations(of: offered.body, against: "GetRatesResponse") == [])
        let rates = try JSONDecoder().decode(ShippingPayload<GetRatesResult>.self, from: offered.body).payload
        let purchased = try await purchase(fixture, rates, key: "v")
        #expect(try checker.violations(of: purchased.body, against: "PurchaseShipmentResponse") == [])
        let shipment = try bought(purchased)
        let tracking = try #require(shipment.packageDocumentDetails.first?.trackingId)
        let documents = try await fixture.get("/shipping/v2/shipments/\(shipment.shipmentId)/documents", [("packageClientReferenceId", "1")])
        #expect(try checker.violations(of: documents.body, against: "GetShipmentDocumentsResponse") == [])
        let tracked = try await fixture.get("/shipping/v2/tracking", [("trackingId", tracking), ("carrierId", "EVRI")])
        #expect(try checker.violations(of: tracked.body, against: "GetTrackingResponse") == [])
        let cancelled = try await fixture.send("PUT", "/shipping/v2/shipments/\(shipment.shipmentId)/cancel", json: "")
        #expect(try checker.violations(of: cancelled.body, against: "CancelShipmentResponse") == [])
        let refused = try await fixture.send("PUT", "/shipping/v2/shipments/\(shipment.shipmentId)/cancel", json: "")
        #expect(try checker.violations(of: refused.body, against: "ErrorList") == [])
    }
}
