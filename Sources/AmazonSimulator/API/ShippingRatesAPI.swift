import Foundation
import GRDB
import MerchantCore
import SellingPartnerAPI

/// Shipping v2 `getRates` and `purchaseShipment` for Amazon orders: the marketplace's carriers priced by the parcel's
/// billed weight, a request token that buys one of them for 10 minutes, and one shipment per idempotency key.
enum ShippingRatesAPI {
    /// How long a request token buys one of its rates, in seconds (SPAPI.md: 10 minutes).
    static let tokenLifetime: Int64 = 600

    static func getRates(_ context: RequestContext) throws -> HTTPResponse {
        let body = try JSONBody.decode(GetRatesRequest.self, from: context.request)
        guard body.channelDetails.channelType == .amazon, let orderId = body.channelDetails.amazonOrderDetails?.orderId else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                           details: "channelDetails must be AMAZON with amazonOrderDetails.orderId")
        }
        let order = try shippableOrder(context.db, orderId)
        guard body.packages.count == 1, let package = body.packages.first else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "Exactly one package per shipment")
        }
        let grams = package.weight.grams
        let cm = package.dimensions.unit == .inch ? 2.54 : 1.0
        let sides = [package.dimensions.length, package.dimensions.width, package.dimensions.height].map { $0 * cm }
        guard grams > 0, sides.allSatisfy({ $0 > 0 }) else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "Package weight and dimensions must be above zero")
        }
        let items = try packageItems(package, of: order)
        var rng = SplitMix64(seed: context.account.seed ^ UInt64(try Counter.next(context.db, "shippingRateRequest")) &* 0x9E37_79B9_7F4A_7C15)
        let billed = CarrierService.billedGrams(grams: grams, sidesCm: sides)
        var rates: [SimRate] = [], wire: [ShippingRate] = [], ineligible: [IneligibleShippingRate] = []
        // The parcel goes to the buyer in the marketplace's country, from wherever the merchant ships.
        let toCountry = (Marketplace.named(order.marketplaceId) ?? Marketplace.all[0]).countryCode
        let fromCountry = body.shipFrom.countryCode.uppercased()
        let services = CarrierService.offered(from: fromCountry, to: toCountry)
        if services.isEmpty {
            for service in CarrierService.domestic(to: toCountry) {
                ineligible.append(IneligibleShippingRate(serviceId: service.serviceId, serviceName: service.serviceName, carrierName: service.carrierName,
                                                         carrierId: service.carrierId, ineligibilityReasons: [.init(
                                                            code: "NO_COVERAGE", message: "\(service.serviceName) picks up in \(toCountry) only; this parcel leaves from \(fromCountry).")]))
            }
        }
        for service in services {
            if let refusal = service.refusal(grams: grams, sidesCm: sides) {
                ineligible.append(IneligibleShippingRate(serviceId: service.serviceId, serviceName: service.serviceName, carrierName: service.carrierName,
                                                         carrierId: service.carrierId, ineligibilityReasons: [.init(code: refusal.code, message: refusal.message)]))
                continue
            }
            let pickup = context.now - context.now % 3600 + 3600
            let delivery = pickup + Int64(service.transitDays(to: toCountry)) * 86_400
            let rate = SimRate(rateId: hex(&rng, 29), serviceId: service.serviceId, chargeMinor: service.price(billedGrams: billed, in: order.currency), currency: order.currency,
                               billedGrams: Int(billed.rounded(.up)), deliveryStart: delivery, deliveryEnd: delivery + 10 * 3600,
                               pickupStart: pickup, pickupEnd: pickup + 4 * 3600)
            rates.append(rate)
            wire.append(wireRate(rate, service))
        }
        let token = hex(&rng, 29)
        let from = [body.shipFrom.name, body.shipFrom.addressLine1, body.shipFrom.addressLine2, "\(body.shipFrom.postalCode) \(body.shipFrom.city)", body.shipFrom.countryCode]
        try SimRateRequest(orderId: order.id, packageClientReferenceId: package.packageClientReferenceId, grams: Int(grams.rounded()), items: items,
                           from: from.compactMap { $0 }.filter { !$0.isEmpty }, rates: rates).save(context.db, token: token, at: context.now)
        try Statistic.bump(context.db, "shipping.rateRequests")
        return JSONBody.response(status: 200, ShippingPayload(payload: GetRatesResult(requestToken: token, rates: wire, ineligibleRates: ineligible)))
    }

    static func purchase(_ context: RequestContext) throws -> HTTPResponse {
        let key = context.request.header("x-amzn-IdempotencyKey")
        // The same key again is the same shipment: answered as the first time, never bought (or charged) twice.
        if let key, let earlier = try SimShipment.load(context.db, idempotencyKey: key) {
            try Statistic.bump(context.db, "shipping.purchaseReplayed")
            return JSONBody.response(status: 200, ShippingPayload(payload: purchased(earlier)))
        }
        let body = try JSONBody.decode(PurchaseShipmentRequest.self, from: context.request)
        guard let (request, createdAt) = try SimRateRequest.load(context.db, token: body.requestToken) else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "requestToken is not valid")
        }
        guard context.now - createdAt <= tokenLifetime else {
            throw APIError(status: 400, code: "InvalidRequest", message: "The requestToken has expired",
                           details: "A requestToken is valid for 10 minutes after getRates; call getRates again")
        }
        guard let rate = request.rates.first(where: { $0.rateId == body.rateId }), let service = CarrierService.named(rate.serviceId) else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "rateId \(body.rateId) is not a rate of this requestToken")
        }
        let spec = body.requestedDocumentSpecification
        guard LabelContent.formats.contains(spec.format.rawValue), spec.requestedDocumentTypes.contains(.label) else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                           details: "This rate's label comes as PDF, PNG or ZPL, with the document type LABEL")
        }
        if let dpi = spec.dpi, !LabelContent.dpis.contains(dpi) {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                           details: "dpi \(dpi) is not supported; this rate prints at 203 or 300")
        }
        var order = try shippableOrder(context.db, request.orderId)
        for item in request.items {
            guard let i = order.items.firstIndex(where: { $0.id == item.itemId }), order.items[i].quantity - order.items[i].shipped >= item.quantity else {
                throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                               details: "Item \(item.itemId) of order \(order.id) has already shipped")
            }
        }
        let number = try Counter.next(context.db, "shippingShipment")
        var rng = SplitMix64(seed: context.account.seed &+ UInt64(number) &* 0xD1B5_4A32_D192_ED03)
        let tracking = LabelTrackingNumber.make(for: service.carrier, rng: &rng)
        let marketplace = Marketplace.named(order.marketplaceId) ?? Marketplace.all[0]
        let buyer = BuyerIdentity.make(seed: order.buyerSeed, marketplace: marketplace, overrideName: order.buyerName).address
        let label = LabelContent(carrierName: service.carrierName, serviceName: service.serviceName, trackingId: tracking, from: request.from,
                                 to: [buyer.name ?? "", buyer.addressLine1 ?? "", "\(buyer.postalCode ?? "") \(buyer.city ?? "")", buyer.countryCode ?? ""].filter { !$0.isEmpty },
                                 orderId: order.id, grams: request.grams)
        let shipment = SimShipment(shipmentId: String(format: "%014lld", 87_852_211_000_000 + number), orderId: order.id, rate: rate,
                                   packageClientReferenceId: request.packageClientReferenceId, trackingId: tracking, format: spec.format.rawValue,
                                   dpi: spec.dpi, label: label, items: request.items, purchasedAt: context.now)
        // Buy Shipping confirms the shipment on Amazon by itself: the order ships with this package, as confirmShipment would.
        try order.ship(SimPackage(ref: request.packageClientReferenceId, carrier: service.carrier.carrierCode, carrierName: service.carrier.carrierName,
                                  method: service.serviceName, tracking: tracking, shipTime: context.now, created: context.now, items: request.items), at: context.now)
        try OrderTable.update(context.db, order)
        try OrderTable.record(context.db, orderId: order.id, at: context.now, kind: "labelPurchased",
                              detail: "\(service.serviceName) \(tracking) for \(rate.chargeMinor) \(rate.currency) minor units → \(order.status)")
        try shipment.insert(context.db, idempotencyKey: key)
        try Statistic.bump(context.db, "shipping.labelsPurchased")
        return JSONBody.response(status: 200, ShippingPayload(payload: purchased(shipment)))
    }

    /// The order a label may be bought for: Amazon's, fulfilled by the merchant, paid, not shipped in full nor cancelled.
    static func shippableOrder(_ db: Database, _ orderId: String) throws -> SimOrder {
        guard let order = try OrderTable.load(db, id: orderId) else { throw APIError.notFound("Order \(orderId) was not found.") }
        let refusal: String? = switch (order.afn, order.status) {
        case (true, _): "is fulfilled by Amazon"
        case (_, "PENDING"): "is pending; it cannot be shipped until it is paid"
        case (_, "CANCELLED"): "is cancelled"
        case (_, "SHIPPED"): "has already been shipped in full"
        default: nil
        }
        if let refusal { throw APIError(status: 400, code: "InvalidRequest", message: "Order \(orderId) \(refusal).") }
        return order
    }

    /// The package's items as the order's items: each `itemIdentifier` an order item id with that much left to ship.
    static func packageItems(_ package: ShippingPackage, of order: SimOrder) throws -> [SimPackageItem] {
        guard !package.items.isEmpty else {
            throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters", details: "A package needs its items")
        }
        return try package.items.map { item in
            guard let id = item.itemIdentifier, let line = order.items.first(where: { $0.id == id }) else {
                throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                               details: "itemIdentifier \(item.itemIdentifier ?? "(none)") is not an item of order \(order.id)")
            }
            guard item.quantity > 0, item.quantity <= line.quantity - line.shipped else {
                throw APIError(status: 400, code: "InvalidRequest", message: "Request is missing or has invalid parameters",
                               details: "Item \(id) has \(line.quantity - line.shipped) left to ship")
            }
            return SimPackageItem(itemId: id, quantity: item.quantity)
        }
    }

    static func wireRate(_ rate: SimRate, _ service: CarrierService) -> ShippingRate {
        let print = ShippingPrintOption(supportedDPIs: LabelContent.dpis, supportedPageLayouts: ["DEFAULT"], supportedFileJoiningOptions: [false],
                                        supportedDocumentDetails: [.init(name: .label, isMandatory: true)])
        return ShippingRate(
            rateId: rate.rateId, carrierId: service.carrierId, carrierName: service.carrierName, serviceId: service.serviceId, serviceName: service.serviceName,
            billedWeight: ShippingWeight(unit: .gram, value: Double(rate.billedGrams)), totalCharge: currency(rate.chargeMinor, rate.currency),
            promise: promise(rate), supportedDocumentSpecifications: LabelContent.formats.compactMap(ShippingDocumentFormat.init(rawValue:)).map {
                SupportedDocumentSpecification(format: $0, size: .fourBySix, printOptions: [print])
            },
            requiresAdditionalInputs: false, paymentType: "PAY_THROUGH_AMAZON", benefits: benefits(service))
    }

    static func purchased(_ shipment: SimShipment) -> PurchaseShipmentResult {
        PurchaseShipmentResult(shipmentId: shipment.shipmentId, packageDocumentDetails: [documents(shipment, format: shipment.format)],
                               promise: promise(shipment.rate), benefits: shipment.service.map(benefits))
    }

    static func documents(_ shipment: SimShipment, format: String, dpi: Int? = nil) -> PackageDocumentDetail {
        let contents = shipment.label.document(format, dpi: dpi ?? shipment.dpi)?.base64EncodedString() ?? ""
        return PackageDocumentDetail(packageClientReferenceId: shipment.packageClientReferenceId,
                                     packageDocuments: [PackageDocument(type: .label, format: ShippingDocumentFormat(rawValue: format) ?? .pdf, contents: contents)],
                                     trackingId: shipment.trackingId)
    }

    static func benefits(_ service: CarrierService) -> ShippingBenefits {
        service.claimsProtected
            ? ShippingBenefits(includedBenefits: [ShippingBenefits.claimsProtected], excludedBenefits: [])
            : ShippingBenefits(includedBenefits: [], excludedBenefits: [.init(benefit: ShippingBenefits.claimsProtected, reasonCodes: ["LATE_DELIVERY_RISK"])])
    }

    static func promise(_ rate: SimRate) -> ShippingPromise {
        ShippingPromise(deliveryWindow: ShippingTimeWindow(start: SimTime.iso(rate.deliveryStart), end: SimTime.iso(rate.deliveryEnd)),
                        pickupWindow: ShippingTimeWindow(start: SimTime.iso(rate.pickupStart), end: SimTime.iso(rate.pickupEnd)))
    }

    static func currency(_ minor: Int64, _ code: String) -> ShippingCurrency {
        let digits = Money.minorDigits(of: code)
        return ShippingCurrency(value: Decimal(minor) / pow(Decimal(10), digits), unit: code)
    }

    static func hex(_ rng: inout SplitMix64, _ count: Int) -> String {
        String((0..<count).map { _ in Array("0123456789ABCDEF")[rng.int(0...15)] })
    }
}
