import Foundation

// FBA Inventory v1 (`fbaInventory.json`): what Amazon holds in its warehouses per SKU.

/// Answer of `GET /fba/inventory/v1/summaries`.
public struct GetInventorySummariesResponse: Codable, Sendable, Equatable {
    public var payload: GetInventorySummariesResult?
    public var pagination: InventoryPagination?
    public var errors: [SPAPIErrorItem]?

    public init(payload: GetInventorySummariesResult?, pagination: InventoryPagination?, errors: [SPAPIErrorItem]? = nil) {
        self.payload = payload
        self.pagination = pagination
        self.errors = errors
    }
}

public struct InventoryPagination: Codable, Sendable, Equatable {
    public var nextToken: String?
    public init(nextToken: String?) { self.nextToken = nextToken }
}

public struct GetInventorySummariesResult: Codable, Sendable, Equatable {
    public var granularity: InventoryGranularity
    public var inventorySummaries: [InventorySummary]

    public init(granularity: InventoryGranularity, inventorySummaries: [InventorySummary]) {
        self.granularity = granularity
        self.inventorySummaries = inventorySummaries
    }
}

public struct InventoryGranularity: Codable, Sendable, Equatable {
    public var granularityType: String?
    public var granularityId: String?
    public init(granularityType: String?, granularityId: String?) {
        self.granularityType = granularityType
        self.granularityId = granularityId
    }
}

public struct InventorySummary: Codable, Sendable, Equatable {
    public var asin: String?
    public var fnSku: String?
    public var sellerSku: String?
    public var condition: String?
    public var inventoryDetails: InventoryDetails?
    public var lastUpdatedTime: String?
    public var productName: String?
    public var totalQuantity: Int?

    public init(asin: String?, fnSku: String?, sellerSku: String?, condition: String?, inventoryDetails: InventoryDetails?,
                lastUpdatedTime: String?, productName: String?, totalQuantity: Int?) {
        self.asin = asin
        self.fnSku = fnSku
        self.sellerSku = sellerSku
        self.condition = condition
        self.inventoryDetails = inventoryDetails
        self.lastUpdatedTime = lastUpdatedTime
        self.productName = productName
        self.totalQuantity = totalQuantity
    }
}

public struct InventoryDetails: Codable, Sendable, Equatable {
    /// What Amazon can ship now.
    public var fulfillableQuantity: Int?
    public var inboundWorkingQuantity: Int?
    public var inboundShippedQuantity: Int?
    public var inboundReceivingQuantity: Int?
    public var reservedQuantity: ReservedQuantity?
    public var unfulfillableQuantity: UnfulfillableQuantity?

    public init(fulfillableQuantity: Int?, inboundWorkingQuantity: Int?, inboundShippedQuantity: Int?, inboundReceivingQuantity: Int?,
                reservedQuantity: ReservedQuantity?, unfulfillableQuantity: UnfulfillableQuantity?) {
        self.fulfillableQuantity = fulfillableQuantity
        self.inboundWorkingQuantity = inboundWorkingQuantity
        self.inboundShippedQuantity = inboundShippedQuantity
        self.inboundReceivingQuantity = inboundReceivingQuantity
        self.reservedQuantity = reservedQuantity
        self.unfulfillableQuantity = unfulfillableQuantity
    }
}

public struct ReservedQuantity: Codable, Sendable, Equatable {
    public var totalReservedQuantity: Int?
    public var pendingCustomerOrderQuantity: Int?
    public var fcProcessingQuantity: Int?
    public init(totalReservedQuantity: Int?, pendingCustomerOrderQuantity: Int?, fcProcessingQuantity: Int?) {
        self.totalReservedQuantity = totalReservedQuantity
        self.pendingCustomerOrderQuantity = pendingCustomerOrderQuantity
        self.fcProcessingQuantity = fcProcessingQuantity
    }
}

public struct UnfulfillableQuantity: Codable, Sendable, Equatable {
    public var totalUnfulfillableQuantity: Int?
    public init(totalUnfulfillableQuantity: Int?) { self.totalUnfulfillableQuantity = totalUnfulfillableQuantity }
}
