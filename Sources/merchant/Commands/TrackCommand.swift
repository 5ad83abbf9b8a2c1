import ArgumentParser
import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

/// `merchant track ID`: where an order's parcels are, asked of Amazon now. A command of its own, not a section of
/// `merchant order`: `order` reads the local file and answers offline at once; tracking is the carrier's news, fetched
/// over the network each time, and it is what a merchant looks for when a buyer asks "where is my parcel?".
struct TrackCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "track", abstract: tr("tracking.help.abstract"), discussion: tr("tracking.help.discussion"))
    }

    @Argument(help: ArgumentHelp(tr("help.order-id"))) var id: String
    @Option(help: ArgumentHelp(tr("labels.help.endpoint"))) var endpoint: String?
    @Flag(help: ArgumentHelp(tr("labels.help.json"))) var json = false

    func run() async throws {
        let context = try Context.open()
        // An order that is not there says so, not that it has no label yet.
        _ = try context.store.orderDetail(id)
        let tracks = try await context.channelSync(endpoint: endpoint).track(orderId: id)
        if json { return try printJSON(tracks) }
        guard !tracks.isEmpty else { throw Refusal(tr("tracking.none", id)) }
        for track in tracks {
            print(tr("tracking.title", CLIText.inert(track.serviceName), track.trackingNumber))
            print("  " + tr("tracking.status", track.status.map(TrackingWords.status) ?? tr("tracking.status.unknown")))
            if let promised = track.promisedDelivery { print("  " + tr("tracking.promised", RatesText.moment(promised))) }
            if track.events.isEmpty { print("  " + tr("tracking.noevents")) }
            for event in track.events {
                let place = [event.postalCode, event.city, event.countryCode].compactMap { $0 }.joined(separator: " ")
                print("  \(CLIText.fit(event.time.map(RatesText.moment) ?? "", 17)) \(TrackingWords.event(event.code))"
                      + (place.isEmpty ? "" : " · \(CLIText.inert(place))"))
            }
        }
    }
}

/// The carrier's codes (Shipping v2 `EventCode`, `Status`) in the merchant's words; a code Amazon adds later is shown as sent.
enum TrackingWords {
    static func event(_ code: String) -> String {
        switch code {
        case "ReadyForReceive": tr("tracking.event.created")
        case "PickupDone": tr("tracking.event.pickedup")
        case "Departed": tr("tracking.event.departed")
        case "ArrivedAtCarrierFacility": tr("tracking.event.arrived")
        case "OutForDelivery": tr("tracking.event.outfordelivery")
        case "Delivered": tr("tracking.event.delivered")
        case "DeliveryAttempted": tr("tracking.event.attempted")
        case "Lost": tr("tracking.event.lost")
        case "Rejected": tr("tracking.event.rejected")
        case "Undeliverable": tr("tracking.event.undeliverable")
        case "PickupCancelled": tr("tracking.event.pickupcancelled")
        case "ReturnInitiated": tr("tracking.event.returning")
        case "AvailableForPickup", "AwaitingCustomerPickup": tr("tracking.event.collect")
        case "RecipientRequestedAlternateDeliveryTiming": tr("tracking.event.rescheduled")
        default: CLIText.inert(code)
        }
    }

    static func status(_ code: String) -> String {
        switch code {
        case "PreTransit": tr("tracking.status.pretransit")
        case "InTransit": tr("tracking.status.intransit")
        default: event(code)
        }
    }
}
