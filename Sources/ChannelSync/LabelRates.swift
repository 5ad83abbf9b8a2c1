import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Asks Amazon for the rates of an order's parcel (Shipping v2 `getRates`, channel AMAZON) and keeps them with their
/// time and token, so that a label can be bought from them within 10 minutes.
public struct LabelRates: Sendable {
    let store: MerchantStore
    let client: SellingPartnerClient
    let clock: any ClockSource

    public init(store: MerchantStore, client: SellingPartnerClient, clock: any ClockSource) {
        self.store = store
        self.client = client
        self.clock = clock
    }

    /// The rates for the parcel of `orderId`'s open lines. Refused, before anything is asked, for an order that may
    /// not ship (R4, R10, R14) or has nothing left to ship.
    public func fetch(orderId: String, parcel: ParcelPackage, shipFrom: PostalAddress) async throws -> KeptRates {
        let detail = try store.orderDetail(orderId)
        let order = detail.order
        if let refusal = OrderActionRules.refusalToShip(order, local: detail.local?.status) { throw refusal }
        let lines = try store.openLines(orderId: orderId)
        guard !lines.isEmpty else { throw ActionRefusal.nothingToShip(orderId) }
        var insured = Money.zero(order.total?.currency ?? Marketplace.named(order.marketplaceId).currency)
        let items = lines.map { line in
            let item = order.items.first { $0.orderItemId == line.orderItemId }
            if let price = item?.unitPrice, price.currency == insured.currency { insured.minorUnits += price.minorUnits * Int64(line.quantity) }
            return ShippingItem(quantity: line.quantity, description: item.map { String($0.title.prefix(60)) }, itemIdentifier: line.orderItemId)
        }
        let package = ShippingPackage(
            dimensions: ShippingDimensions(length: Double(parcel.lengthMm) / 10, width: Double(parcel.widthMm) / 10, height: Double(parcel.heightMm) / 10, unit: .centimeter),
            weight: ShippingWeight(unit: .gram, value: Double(parcel.grams)),
            insuredValue: ShippingCurrency(value: Self.decimal(insured), unit: insured.currency),
            packageClientReferenceId: String((detail.shipments.count) + 1), items: items)
        let from = ShippingAddress(
            name: shipFrom.name ?? "", addressLine1: shipFrom.lines.first ?? "", addressLine2: shipFrom.lines.dropFirst().first,
            stateOrRegion: shipFrom.region ?? "", city: shipFrom.city ?? "", countryCode: shipFrom.countryCode ?? "", postalCode: shipFrom.postalCode ?? "")
        let fetchedAt = clock.now
        let answer = try await client.getRates(GetRatesRequest(shipFrom: from, packages: [package], channelDetails: .amazonOrder(orderId)))
        CrashPoint.reach("rates.answered")
        let offers = try answer.rates.map(Self.offer)
        let kept = KeptRates(amazonOrderId: orderId, requestToken: answer.requestToken, fetchedAt: fetchedAt, parcel: parcel, offers: offers)
        try store.keepRates(kept)
        return kept
    }

    /// A wire rate as the merchant reads it.
    static func offer(_ rate: ShippingRate) throws -> ShippingOffer {
        func date(_ text: String?) -> Date? { text.flatMap(ChannelSync.date) }
        return ShippingOffer(
            rateId: rate.rateId, carrierName: rate.carrierName, serviceName: rate.serviceName, price: try money(rate.totalCharge),
            deliveryFrom: date(rate.promise.deliveryWindow?.start), deliveryBy: date(rate.promise.deliveryWindow?.end),
            protected: rate.isClaimsProtected, formats: rate.supportedDocumentSpecifications.map(\.format.rawValue),
            carrierId: rate.carrierId)
    }

    /// Amazon's amount exactly: the currency's digits, rounded once from the decimal (a JSON number may carry float noise).
    static func money(_ c: ShippingCurrency) throws -> Money {
        var value = c.value, rounded = Decimal()
        NSDecimalRound(&rounded, &value, Money.minorDigits(of: c.unit), .plain)
        return try Money(parsing: "\(rounded)", currency: c.unit)
    }

    static func decimal(_ money: Money) -> Decimal {
        Decimal(money.minorUnits) / pow(Decimal(10), Money.minorDigits(of: money.currency))
    }
}
