import Foundation
import Testing
@testable import SellingPartnerAPI

/// Shipping v2: the wire models read the official model's own examples, and the client sends what the model asks.
@Suite struct ShippingV2ClientTests {
    /// The model's 200 example of an operation. Its examples are the `payload` alone, without the wrapper.
    func example(_ path: String, _ method: String) throws -> Data? {
        guard let spec = try SpecFiles.json("shippingV2.json") as? [String: Any],
              let operation = ((spec["paths"] as? [String: Any])?[path] as? [String: Any])?[method] as? [String: Any],
              let ok = (operation["responses"] as? [String: Any])?["200"] as? [String: Any],
              let body = (ok["examples"] as? [String: Any])?["application/json"]
        else { return nil }
        return try JSONSerialization.data(withJSONObject: body)
    }

    @Test(.enabled(if: SpecFiles.directory != nil, "shared/spapi is not beside this clone"))
    func theModelsOwnExamplesDecode() throws {
        let rates = try JSONDecoder().decode(GetRatesResult.self, from: #require(try example("/shipping/v2/shipments/rates", "post")))
        #expect(rates.requestToken == "6DCCEDD3FF961C15FEB94F342D41C")
        #expect(rates.rates.first?.totalCharge == ShippingCurrency(value: 7, unit: "USD"))
        #expect(rates.rates.first?.supportedDocumentSpecifications.map(\.format) == [.png, .zpl])
        #expect(rates.rates.first?.isClaimsProtected == false)
        #expect(rates.ineligibleRates?.first?.ineligibilityReasons.first?.code == "NO_COVERAGE")

        let bought = try JSONDecoder().decode(PurchaseShipmentResult.self, from: #require(try example("/shipping/v2/shipments", "post")))
        #expect(bought.shipmentId == "87852211788104")
        // The model says string; its example writes a number: read as the same digits.
        #expect(bought.packageDocumentDetails.first?.trackingId == "1578648261977")
        #expect(bought.packageDocumentDetails.first?.label?.format == .png)
        #expect(bought.benefits?.includedBenefits == ["CLAIMS_PROTECTED"])

        let documents = try JSONDecoder().decode(GetShipmentDocumentsResult.self,
                                                 from: #require(try example("/shipping/v2/shipments/{shipmentId}/documents", "get")))
        #expect(documents.packageDocumentDetail.trackingId == "T1234567")

        _ = try JSONDecoder().decode(CancelShipmentResult.self, from: #require(try example("/shipping/v2/shipments/{shipmentId}/cancel", "put")))

        let tracking = try JSONDecoder().decode(GetTrackingResult.self, from: #require(try example("/shipping/v2/tracking", "get")))
        #expect(tracking.summary.status == "Delivered")
        #expect(tracking.eventHistory.count == 3)
    }

    @Test func purchaseShipmentCarriesTheIdempotencyKeyAndTheBusinessId() async throws {
        let answer = #"{"payload":{"shipmentId":"S1","packageDocumentDetails":[{"packageClientReferenceId":"1","packageDocuments":[{"type":"LABEL","format":"PDF","contents":"JVBERi0="}],"trackingId":"00340434161094042557"}],"promise":{}}}"#
        let (client, transport, _) = makeClient([.json(answer)])
        let bought = try await client.purchaseShipment(
            PurchaseShipmentRequest(requestToken: "T", rateId: "R", requestedDocumentSpecification: RequestedDocumentSpecification(format: .pdf)),
            idempotencyKey: "label:302-1:1", businessId: "AmazonShipping_UK")
        let sent = transport.requests[0]
        #expect(sent.method == "POST" && sent.path == "/shipping/v2/shipments")
        #expect(sent.headers["x-amzn-IdempotencyKey"] == "label:302-1:1")
        #expect(sent.headers["x-amzn-shipping-business-id"] == "AmazonShipping_UK")
        let body = try JSONSerialization.jsonObject(with: #require(sent.body)) as? [String: Any]
        #expect(body?["requestToken"] as? String == "T")
        let spec = body?["requestedDocumentSpecification"] as? [String: Any]
        #expect(spec?["format"] as? String == "PDF" && spec?["requestedDocumentTypes"] as? [String] == ["LABEL"])
        #expect(bought.packageDocumentDetails.first?.label?.data.map { String(decoding: $0, as: UTF8.self) } == "%PDF-")
    }

    @Test func anAnswerWithoutARequiredFieldIsRefused() async throws {
        // A rate without its rateId cannot be bought: the answer is refused, not guessed at.
        let answer = #"{"payload":{"requestToken":"T","rates":[{"carrierId":"DHL","carrierName":"DHL","serviceId":"S","serviceName":"Paket","totalCharge":{"value":4.99,"unit":"EUR"},"promise":{},"supportedDocumentSpecifications":[],"requiresAdditionalInputs":false}]}}"#
        let (client, _, _) = makeClient([.json(answer)])
        let body = GetRatesRequest(
            shipFrom: ShippingAddress(name: "Lager", addressLine1: "Hafenstraße 3", stateOrRegion: "HH", city: "Hamburg", countryCode: "DE", postalCode: "20457"),
            packages: [], channelDetails: .amazonOrder("302-1"))
        await #expect(throws: SPAPIError.self) { _ = try await client.getRates(body) }
    }

    @Test func getRatesSendsTheModelsFieldNames() async throws {
        let (client, transport, _) = makeClient([.json(#"{"payload":{"requestToken":"T","rates":[]}}"#)])
        let body = GetRatesRequest(
            shipFrom: ShippingAddress(name: "Lager", addressLine1: "Hafenstraße 3", stateOrRegion: "HH", city: "Hamburg", countryCode: "DE", postalCode: "20457"),
            packages: [ShippingPackage(
                dimensions: ShippingDimensions(length: 20, width: 15, height: 10, unit: .centimeter), weight: ShippingWeight(unit: .gram, value: 350),
                insuredValue: ShippingCurrency(value: Decimal(string: "12.90")!, unit: "EUR"), packageClientReferenceId: "1",
                items: [ShippingItem(quantity: 1, itemIdentifier: "111")])],
            channelDetails: .amazonOrder("302-1"))
        let rates = try await client.getRates(body)
        #expect(rates.rates.isEmpty)
        let sent = try #require(transport.requests[0].body)
        let text = String(decoding: sent, as: UTF8.self)
        #expect(text.contains(#""channelDetails":{"amazonOrderDetails":{"orderId":"302-1"},"channelType":"AMAZON"}"#))
        #expect(text.contains(#""insuredValue":{"unit":"EUR","value":12.9}"#))
        #expect(text.contains(#""dimensions":{"height":10,"length":20,"unit":"CENTIMETER","width":15}"#))
    }
}
