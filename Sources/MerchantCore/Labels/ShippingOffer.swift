import Foundation

/// One rate Amazon offered for a parcel, as kept with its time so a label can be bought from it for 10 minutes.
public struct ShippingOffer: Codable, Sendable, Equatable {
    public var rateId: String
    public var carrierName: String
    public var serviceName: String
    public var price: Money
    /// The delivery promise: the earliest and the latest delivery; nil when Amazon gave none.
    public var deliveryFrom: Date?
    public var deliveryBy: Date?
    /// Whether buying it carries Buy Shipping's protection (Amazon pays claims for late delivery).
    public var protected: Bool
    /// The label's formats: "PDF", "ZPL", "PNG".
    public var formats: [String]
    /// Amazon's id of the carrier ("DHL_PAKET"), which asking where a parcel is needs; nil in rates kept before it.
    public var carrierId: String?

    public init(rateId: String, carrierName: String, serviceName: String, price: Money, deliveryFrom: Date?, deliveryBy: Date?,
                protected: Bool, formats: [String], carrierId: String? = nil) {
        self.carrierId = carrierId
        self.rateId = rateId
        self.carrierName = carrierName
        self.serviceName = serviceName
        self.price = price
        self.deliveryFrom = deliveryFrom
        self.deliveryBy = deliveryBy
        self.protected = protected
        self.formats = formats
    }

    /// The carrier a bought label ships with: a known one by its name ("DHL Paket" is DHL), else Other with the name.
    public var carrier: Carrier {
        Carrier(parsing: carrierName) ?? (try? Carrier.other(named: carrierName)) ?? .other(try! CarrierName("Carrier"))
    }

    /// The cheapest offer's and the fastest offer's rate ids (the soonest latest delivery; the cheaper on a tie).
    public static func marks(_ offers: [ShippingOffer]) -> (cheapest: String?, fastest: String?) {
        let cheapest = offers.min { ($0.price.minorUnits, $0.rateId) < ($1.price.minorUnits, $1.rateId) }
        let fastest = offers.filter { $0.deliveryBy != nil }.min {
            ($0.deliveryBy!, $0.price.minorUnits) < ($1.deliveryBy!, $1.price.minorUnits)
        }
        return (cheapest?.rateId, fastest?.rateId)
    }
}

/// The rates kept for one order: what Amazon offered, the token that buys one of them, and when they came.
public struct KeptRates: Codable, Sendable, Equatable {
    public var amazonOrderId: String
    public var requestToken: String
    public var fetchedAt: Date
    public var parcel: ParcelPackage
    public var offers: [ShippingOffer]

    public init(amazonOrderId: String, requestToken: String, fetchedAt: Date, parcel: ParcelPackage, offers: [ShippingOffer]) {
        self.amazonOrderId = amazonOrderId
        self.requestToken = requestToken
        self.fetchedAt = fetchedAt
        self.parcel = parcel
        self.offers = offers
    }
}
