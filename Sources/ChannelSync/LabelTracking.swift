import Foundation
import MerchantCore
import MerchantStore
import SellingPartnerAPI

/// Where a bought label's parcel is, as its carrier reports it through Amazon (Shipping v2 `getTracking`).
public struct ParcelTrack: Codable, Sendable, Equatable {
    /// One of the carrier's events: Amazon's `eventCode` ("PickupDone"), when, and where if said.
    public struct Event: Codable, Sendable, Equatable {
        public var code: String
        public var time: Date?
        public var city: String?
        public var postalCode: String?
        public var countryCode: String?
    }
    public var trackingNumber: String
    public var carrierName: String
    public var serviceName: String
    /// Amazon's summary `status` ("InTransit"); nil when the carrier said none.
    public var status: String?
    public var promisedDelivery: Date?
    /// Oldest first.
    public var events: [Event]
}

extension ChannelSync {
    /// The carrier's events for each label bought for `orderId` and not voided, asked of Amazon now (nothing is
    /// stored: a parcel moves on, and the answer is the carrier's). A label bought before its carrier id was kept is
    /// left out: Amazon cannot find a parcel by its number alone.
    public func track(orderId: String) async throws -> [ParcelTrack] {
        var tracks: [ParcelTrack] = []
        for label in try store.labels(orderId: orderId) where [.bought, .saved].contains(label.state) {
            guard let number = label.trackingNumber, let carrierId = label.carrierId else { continue }
            let answer = try await client.getTracking(trackingId: number, carrierId: carrierId)
            tracks.append(ParcelTrack(
                trackingNumber: number, carrierName: label.carrierName, serviceName: label.serviceName, status: answer.summary.status,
                promisedDelivery: Self.date(answer.promisedDeliveryDate),
                events: answer.eventHistory.map {
                    ParcelTrack.Event(code: $0.eventCode, time: Self.date($0.eventTime), city: $0.location?.city,
                                      postalCode: $0.location?.postalCode, countryCode: $0.location?.countryCode)
                }.sorted { ($0.time ?? .distantPast) < ($1.time ?? .distantPast) }))
        }
        return tracks
    }

    /// Amazon's ISO 8601 time, with or without fractions of a second.
    static func date(_ text: String) -> Date? {
        let plain = ISO8601DateFormatter(), fractional = ISO8601DateFormatter()
        fractional.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return plain.date(from: text) ?? fractional.date(from: text)
    }
}
