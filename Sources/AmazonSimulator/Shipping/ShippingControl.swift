import Foundation
import GRDB

/// A label bought on simulated Amazon, as a test or `merchant sim` sees it.
public struct SimulatedLabel: Codable, Sendable, Equatable {
    public var shipmentId: String
    public var trackingId: String
    public var carrierName: String
    public var serviceName: String
    public var charged: String
    public var currency: String
    public var cancelled: Bool
}

extension AmazonSimulator {
    /// Every label bought for an order, voided ones too, in the order they were bought.
    public func labels(orderId: String) throws -> [SimulatedLabel] {
        try db.read { db in
            try SimShipment.all(db, orderId: orderId).map { s in
                SimulatedLabel(shipmentId: s.shipmentId, trackingId: s.trackingId, carrierName: s.label.carrierName, serviceName: s.label.serviceName,
                               charged: "\(ShippingRatesAPI.currency(s.rate.chargeMinor, s.rate.currency).value)", currency: s.rate.currency,
                               cancelled: s.cancelledAt != nil)
            }
        }
    }
}
