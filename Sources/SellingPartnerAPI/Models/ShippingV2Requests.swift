import Foundation

// Shipping API v2 (`shippingV2.json`), what the merchant sends: the parcel for getRates and the rate it buys
// with purchaseShipment. The model's field names; only the fields this console uses.

/// A postal address as Shipping v2 writes it (`Address`).
public struct ShippingAddress: Codable, Sendable, Equatable {
    public var name: String
    public var addressLine1: String
    public var addressLine2: String?
    public var addressLine3: String?
    public var companyName: String?
    public var stateOrRegion: String
    public var city: String
    public var countryCode: String
    public var postalCode: String
    public var email: String?
    public var phoneNumber: String?

    public init(name: String, addressLine1: String, addressLine2: String? = nil, addressLine3: String? = nil, companyName: String? = nil,
                stateOrRegion: String, city: String, countryCode: String, postalCode: String, email: String? = nil, phoneNumber: String? = nil) {
        self.name = name
        self.addressLine1 = addressLine1
        self.addressLine2 = addressLine2
        self.addressLine3 = addressLine3
        self.companyName = companyName
        self.stateOrRegion = stateOrRegion
        self.city = city
        self.countryCode = countryCode
        self.postalCode = postalCode
        self.email = email
        self.phoneNumber = phoneNumber
    }
}

/// A package's length, width and height (`Dimensions`).
public struct ShippingDimensions: Codable, Sendable, Equatable {
    public enum Unit: String, Codable, Sendable { case inch = "INCH", centimeter = "CENTIMETER" }
    public var length: Double
    public var width: Double
    public var height: Double
    public var unit: Unit
    public init(length: Double, width: Double, height: Double, unit: Unit) {
        self.length = length
        self.width = width
        self.height = height
        self.unit = unit
    }
}

/// A weight (`Weight`).
public struct ShippingWeight: Codable, Sendable, Equatable {
    public enum Unit: String, Codable, Sendable {
        case gram = "GRAM", kilogram = "KILOGRAM", ounce = "OUNCE", pound = "POUND"

        /// The model's enum is singular; its own getRates example writes "GRAMS": the plural is read as the same unit.
        public init(from decoder: any Decoder) throws {
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let unit = Unit(rawValue: text) ?? (text.hasSuffix("S") ? Unit(rawValue: String(text.dropLast())) : nil) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a weight unit"))
            }
            self = unit
        }
    }
    public var unit: Unit
    public var value: Double
    public init(unit: Unit, value: Double) {
        self.unit = unit
        self.value = value
    }

    /// The weight in grams, whatever its unit.
    public var grams: Double {
        switch unit {
        case .gram: value
        case .kilogram: value * 1000
        case .ounce: value * 28.349523125
        case .pound: value * 453.59237
        }
    }
}

/// An amount in a currency (`Currency`): `value` is a JSON number.
public struct ShippingCurrency: Codable, Sendable, Equatable {
    public var value: Decimal
    public var unit: String
    public init(value: Decimal, unit: String) {
        self.value = value
        self.unit = unit
    }
}

/// One item in a package (`Item`); for an Amazon order `itemIdentifier` is the order item id.
public struct ShippingItem: Codable, Sendable, Equatable {
    public var quantity: Int
    public var itemValue: ShippingCurrency?
    public var description: String?
    public var itemIdentifier: String?
    public var weight: ShippingWeight?
    public var isHazmat: Bool?
    public init(quantity: Int, itemValue: ShippingCurrency? = nil, description: String? = nil, itemIdentifier: String? = nil,
                weight: ShippingWeight? = nil, isHazmat: Bool? = nil) {
        self.quantity = quantity
        self.itemValue = itemValue
        self.description = description
        self.itemIdentifier = itemIdentifier
        self.weight = weight
        self.isHazmat = isHazmat
    }
}

/// One package (`Package`). One package per shipment in this console.
public struct ShippingPackage: Codable, Sendable, Equatable {
    public var dimensions: ShippingDimensions
    public var weight: ShippingWeight
    public var insuredValue: ShippingCurrency
    public var isHazmat: Bool?
    public var sellerDisplayName: String?
    public var packageClientReferenceId: String
    public var items: [ShippingItem]
    public init(dimensions: ShippingDimensions, weight: ShippingWeight, insuredValue: ShippingCurrency, isHazmat: Bool? = nil,
                sellerDisplayName: String? = nil, packageClientReferenceId: String, items: [ShippingItem]) {
        self.dimensions = dimensions
        self.weight = weight
        self.insuredValue = insuredValue
        self.isHazmat = isHazmat
        self.sellerDisplayName = sellerDisplayName
        self.packageClientReferenceId = packageClientReferenceId
        self.items = items
    }
}

/// Where the shipment comes from (`ChannelDetails`): `AMAZON` with the order id, or `EXTERNAL`.
public struct ShippingChannelDetails: Codable, Sendable, Equatable {
    public enum ChannelType: String, Codable, Sendable { case amazon = "AMAZON", external = "EXTERNAL" }
    public struct AmazonOrderDetails: Codable, Sendable, Equatable {
        public var orderId: String
        public init(orderId: String) { self.orderId = orderId }
    }
    public var channelType: ChannelType
    public var amazonOrderDetails: AmazonOrderDetails?
    public init(channelType: ChannelType, amazonOrderDetails: AmazonOrderDetails? = nil) {
        self.channelType = channelType
        self.amazonOrderDetails = amazonOrderDetails
    }

    /// An Amazon order's shipment.
    public static func amazonOrder(_ orderId: String) -> ShippingChannelDetails {
        ShippingChannelDetails(channelType: .amazon, amazonOrderDetails: AmazonOrderDetails(orderId: orderId))
    }
}

/// Body of `getRates` (`GetRatesRequest`). For an Amazon order `shipTo` may be left out: Amazon knows it.
public struct GetRatesRequest: Codable, Sendable, Equatable {
    public var shipTo: ShippingAddress?
    public var shipFrom: ShippingAddress
    public var shipDate: String?
    public var packages: [ShippingPackage]
    public var channelDetails: ShippingChannelDetails
    public init(shipTo: ShippingAddress? = nil, shipFrom: ShippingAddress, shipDate: String? = nil, packages: [ShippingPackage],
                channelDetails: ShippingChannelDetails) {
        self.shipTo = shipTo
        self.shipFrom = shipFrom
        self.shipDate = shipDate
        self.packages = packages
        self.channelDetails = channelDetails
    }
}

/// A document's format (`DocumentFormat`).
public enum ShippingDocumentFormat: String, Codable, Sendable, CaseIterable {
    case pdf = "PDF", png = "PNG", zpl = "ZPL"
}

/// A document's kind (`DocumentType`).
public enum ShippingDocumentType: String, Codable, Sendable {
    case packslip = "PACKSLIP", label = "LABEL", receipt = "RECEIPT", customForm = "CUSTOM_FORM"
}

/// A label's size (`DocumentSize`).
public struct ShippingDocumentSize: Codable, Sendable, Equatable {
    public var width: Double
    public var length: Double
    public var unit: String
    public init(width: Double, length: Double, unit: String) {
        self.width = width
        self.length = length
        self.unit = unit
    }

    /// The 4×6 inch label most carriers print.
    public static let fourBySix = ShippingDocumentSize(width: 4, length: 6, unit: "INCH")
}

/// The label asked for (`RequestedDocumentSpecification`).
public struct RequestedDocumentSpecification: Codable, Sendable, Equatable {
    public var format: ShippingDocumentFormat
    public var size: ShippingDocumentSize
    public var dpi: Int?
    public var pageLayout: String?
    public var needFileJoining: Bool
    public var requestedDocumentTypes: [ShippingDocumentType]
    public init(format: ShippingDocumentFormat, size: ShippingDocumentSize = .fourBySix, dpi: Int? = nil, pageLayout: String? = nil,
                needFileJoining: Bool = false, requestedDocumentTypes: [ShippingDocumentType] = [.label]) {
        self.format = format
        self.size = size
        self.dpi = dpi
        self.pageLayout = pageLayout
        self.needFileJoining = needFileJoining
        self.requestedDocumentTypes = requestedDocumentTypes
    }
}

/// Body of `purchaseShipment` (`PurchaseShipmentRequest`): a rate of a `getRates` answer, with its token.
public struct PurchaseShipmentRequest: Codable, Sendable, Equatable {
    public var requestToken: String
    public var rateId: String
    public var requestedDocumentSpecification: RequestedDocumentSpecification
    public init(requestToken: String, rateId: String, requestedDocumentSpecification: RequestedDocumentSpecification) {
        self.requestToken = requestToken
        self.rateId = rateId
        self.requestedDocumentSpecification = requestedDocumentSpecification
    }
}
