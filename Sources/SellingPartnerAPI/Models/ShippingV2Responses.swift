import Foundation

// Shipping API v2 (`shippingV2.json`), what Amazon answers: rates, the bought shipment and its documents,
// tracking. Required fields are required here too: an answer without them is refused, not guessed at.

/// When a carrier picks up and delivers (`TimeWindow`), as ISO 8601 text.
public struct ShippingTimeWindow: Codable, Sendable, Equatable {
    public var start: String?
    public var end: String?
    public init(start: String?, end: String?) {
        self.start = start
        self.end = end
    }
}

/// A rate's delivery promise (`Promise`).
public struct ShippingPromise: Codable, Sendable, Equatable {
    public var deliveryWindow: ShippingTimeWindow?
    public var pickupWindow: ShippingTimeWindow?
    public init(deliveryWindow: ShippingTimeWindow?, pickupWindow: ShippingTimeWindow?) {
        self.deliveryWindow = deliveryWindow
        self.pickupWindow = pickupWindow
    }
}

/// Buy Shipping's protections a rate carries (`Benefits`), such as `CLAIMS_PROTECTED`.
public struct ShippingBenefits: Codable, Sendable, Equatable {
    public struct Excluded: Codable, Sendable, Equatable {
        public var benefit: String
        public var reasonCodes: [String]?
        public init(benefit: String, reasonCodes: [String]?) {
            self.benefit = benefit
            self.reasonCodes = reasonCodes
        }
    }
    public var includedBenefits: [String]
    public var excludedBenefits: [Excluded]
    public init(includedBenefits: [String], excludedBenefits: [Excluded]) {
        self.includedBenefits = includedBenefits
        self.excludedBenefits = excludedBenefits
    }

    /// Amazon's claims protection (A-to-z claims for late delivery are Amazon's to pay).
    public static let claimsProtected = "CLAIMS_PROTECTED"
}

/// How a document may be printed (`PrintOption`).
public struct ShippingPrintOption: Codable, Sendable, Equatable {
    public struct DocumentDetail: Codable, Sendable, Equatable {
        public var name: ShippingDocumentType
        public var isMandatory: Bool
        public init(name: ShippingDocumentType, isMandatory: Bool) {
            self.name = name
            self.isMandatory = isMandatory
        }
    }
    public var supportedDPIs: [Int]?
    public var supportedPageLayouts: [String]
    public var supportedFileJoiningOptions: [Bool]
    public var supportedDocumentDetails: [DocumentDetail]
    public init(supportedDPIs: [Int]?, supportedPageLayouts: [String], supportedFileJoiningOptions: [Bool], supportedDocumentDetails: [DocumentDetail]) {
        self.supportedDPIs = supportedDPIs
        self.supportedPageLayouts = supportedPageLayouts
        self.supportedFileJoiningOptions = supportedFileJoiningOptions
        self.supportedDocumentDetails = supportedDocumentDetails
    }
}

/// A format a rate's label comes in (`SupportedDocumentSpecification`).
public struct SupportedDocumentSpecification: Codable, Sendable, Equatable {
    public var format: ShippingDocumentFormat
    public var size: ShippingDocumentSize
    public var printOptions: [ShippingPrintOption]
    public init(format: ShippingDocumentFormat, size: ShippingDocumentSize, printOptions: [ShippingPrintOption]) {
        self.format = format
        self.size = size
        self.printOptions = printOptions
    }
}

/// One carrier service's offer (`Rate`).
public struct ShippingRate: Codable, Sendable, Equatable {
    public var rateId: String
    public var carrierId: String
    public var carrierName: String
    public var serviceId: String
    public var serviceName: String
    public var billedWeight: ShippingWeight?
    public var totalCharge: ShippingCurrency
    public var promise: ShippingPromise
    public var supportedDocumentSpecifications: [SupportedDocumentSpecification]
    public var requiresAdditionalInputs: Bool
    public var paymentType: String?
    public var benefits: ShippingBenefits?
    public init(rateId: String, carrierId: String, carrierName: String, serviceId: String, serviceName: String, billedWeight: ShippingWeight?,
                totalCharge: ShippingCurrency, promise: ShippingPromise, supportedDocumentSpecifications: [SupportedDocumentSpecification],
                requiresAdditionalInputs: Bool, paymentType: String?, benefits: ShippingBenefits?) {
        self.rateId = rateId
        self.carrierId = carrierId
        self.carrierName = carrierName
        self.serviceId = serviceId
        self.serviceName = serviceName
        self.billedWeight = billedWeight
        self.totalCharge = totalCharge
        self.promise = promise
        self.supportedDocumentSpecifications = supportedDocumentSpecifications
        self.requiresAdditionalInputs = requiresAdditionalInputs
        self.paymentType = paymentType
        self.benefits = benefits
    }

    /// Whether buying this rate carries Amazon's claims protection.
    public var isClaimsProtected: Bool { benefits?.includedBenefits.contains(ShippingBenefits.claimsProtected) == true }
}

/// A service that cannot carry this parcel, and why (`IneligibleRate`).
public struct IneligibleShippingRate: Codable, Sendable, Equatable {
    public struct Reason: Codable, Sendable, Equatable {
        public var code: String
        public var message: String
        public init(code: String, message: String) {
            self.code = code
            self.message = message
        }
    }
    public var serviceId: String
    public var serviceName: String
    public var carrierName: String
    public var carrierId: String
    public var ineligibilityReasons: [Reason]
    public init(serviceId: String, serviceName: String, carrierName: String, carrierId: String, ineligibilityReasons: [Reason]) {
        self.serviceId = serviceId
        self.serviceName = serviceName
        self.carrierName = carrierName
        self.carrierId = carrierId
        self.ineligibilityReasons = ineligibilityReasons
    }
}

/// `getRates`' answer (`GetRatesResult`, under `payload`). The token buys one of the rates within 10 minutes.
public struct GetRatesResult: Codable, Sendable, Equatable {
    public var requestToken: String
    public var rates: [ShippingRate]
    public var ineligibleRates: [IneligibleShippingRate]?
    public init(requestToken: String, rates: [ShippingRate], ineligibleRates: [IneligibleShippingRate]?) {
        self.requestToken = requestToken
        self.rates = rates
        self.ineligibleRates = ineligibleRates
    }
}

/// One document of a package (`PackageDocument`): `contents` is base64.
public struct PackageDocument: Codable, Sendable, Equatable {
    public var type: ShippingDocumentType
    public var format: ShippingDocumentFormat
    public var contents: String
    public init(type: ShippingDocumentType, format: ShippingDocumentFormat, contents: String) {
        self.type = type
        self.format = format
        self.contents = contents
    }

    /// The document's bytes; nil when `contents` is not base64.
    public var data: Data? { Data(base64Encoded: contents) }
}

/// A package's documents and tracking id (`PackageDocumentDetail`).
public struct PackageDocumentDetail: Codable, Sendable, Equatable {
    public var packageClientReferenceId: String
    public var packageDocuments: [PackageDocument]
    public var trackingId: String?

    public init(packageClientReferenceId: String, packageDocuments: [PackageDocument], trackingId: String?) {
        self.packageClientReferenceId = packageClientReferenceId
        self.packageDocuments = packageDocuments
        self.trackingId = trackingId
    }

    enum CodingKeys: String, CodingKey { case packageClientReferenceId, packageDocuments, trackingId }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        packageClientReferenceId = try c.decode(String.self, forKey: .packageClientReferenceId)
        packageDocuments = try c.decode([PackageDocument].self, forKey: .packageDocuments)
        // The model says string; its own purchaseShipment example writes the id as a JSON number. Whole digits only.
        if let text = try? c.decodeIfPresent(String.self, forKey: .trackingId) {
            trackingId = text
        } else {
            trackingId = try c.decodeIfPresent(Int64.self, forKey: .trackingId).map(String.init)
        }
    }

    /// The label among the documents.
    public var label: PackageDocument? { packageDocuments.first { $0.type == .label } }
}

/// `purchaseShipment`'s answer (`PurchaseShipmentResult`, under `payload`).
public struct PurchaseShipmentResult: Codable, Sendable, Equatable {
    public var shipmentId: String
    public var packageDocumentDetails: [PackageDocumentDetail]
    public var promise: ShippingPromise
    public var benefits: ShippingBenefits?
    public init(shipmentId: String, packageDocumentDetails: [PackageDocumentDetail], promise: ShippingPromise, benefits: ShippingBenefits?) {
        self.shipmentId = shipmentId
        self.packageDocumentDetails = packageDocumentDetails
        self.promise = promise
        self.benefits = benefits
    }
}

/// `getShipmentDocuments`' answer (`GetShipmentDocumentsResult`, under `payload`).
public struct GetShipmentDocumentsResult: Codable, Sendable, Equatable {
    public var shipmentId: String
    public var packageDocumentDetail: PackageDocumentDetail
    public var benefits: ShippingBenefits?
    public init(shipmentId: String, packageDocumentDetail: PackageDocumentDetail, benefits: ShippingBenefits?) {
        self.shipmentId = shipmentId
        self.packageDocumentDetail = packageDocumentDetail
        self.benefits = benefits
    }
}

/// One tracking event (`Event`).
public struct TrackingEvent: Codable, Sendable, Equatable {
    public struct Location: Codable, Sendable, Equatable {
        public var stateOrRegion: String?
        public var city: String?
        public var countryCode: String?
        public var postalCode: String?
        public init(stateOrRegion: String? = nil, city: String? = nil, countryCode: String? = nil, postalCode: String? = nil) {
            self.stateOrRegion = stateOrRegion
            self.city = city
            self.countryCode = countryCode
            self.postalCode = postalCode
        }
    }
    public var eventCode: String
    public var location: Location?
    public var eventTime: String
    public var shipmentType: String?
    public init(eventCode: String, location: Location?, eventTime: String, shipmentType: String?) {
        self.eventCode = eventCode
        self.location = location
        self.eventTime = eventTime
        self.shipmentType = shipmentType
    }
}

/// `getTracking`'s answer (`GetTrackingResult`, under `payload`).
public struct GetTrackingResult: Codable, Sendable, Equatable {
    public struct Summary: Codable, Sendable, Equatable {
        public var status: String?
        public init(status: String?) { self.status = status }
    }
    public var trackingId: String
    public var alternateLegTrackingId: String
    public var eventHistory: [TrackingEvent]
    public var promisedDeliveryDate: String
    public var summary: Summary
    public init(trackingId: String, alternateLegTrackingId: String, eventHistory: [TrackingEvent], promisedDeliveryDate: String, summary: Summary) {
        self.trackingId = trackingId
        self.alternateLegTrackingId = alternateLegTrackingId
        self.eventHistory = eventHistory
        self.promisedDeliveryDate = promisedDeliveryDate
        self.summary = summary
    }
}

/// Shipping v2 wraps each answer in `payload`.
public struct ShippingPayload<Result: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    public var payload: Result
    public init(payload: Result) { self.payload = payload }
}

/// `cancelShipment`'s answer: an empty `payload`.
public struct CancelShipmentResult: Codable, Sendable, Equatable {
    public init() {}
}
