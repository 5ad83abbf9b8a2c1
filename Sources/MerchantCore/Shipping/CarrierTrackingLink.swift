import Foundation

/// The carrier's public tracking page for a tracking number, shown beside a shipped package.
///
///     CarrierTrackingLink.url(for: .ups, trackingNumber: "1Z5R89390357567127")
///     // "https://www.ups.com/track?tracknum=1Z5R89390357567127"
///
/// Kept apart from `Carrier` (whose list grows) so that a new carrier needs one line here; a carrier
/// without a public page (or one the merchant named, "Other") has no link.
public enum CarrierTrackingLink {
    /// The page, the tracking number written where `{}` stands.
    static func template(_ carrier: Carrier) -> String? {
        switch carrier {
        case .dhl, .deutschePost: "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={}"
        case .dhlExpress: "https://www.dhl.com/de-en/home/tracking.html?tracking-id={}"
        case .dpd: "https://tracking.dpd.de/status/de_DE/parcel/{}"
        case .gls: "https://gls-group.com/DE/de/paketverfolgung?match={}"
        case .hermes: "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{}"
        case .ups: "https://www.ups.com/track?tracknum={}"
        case .usps: "https://tools.usps.com/go/TrackConfirmAction?tLabels={}"
        case .fedEx: "https://www.fedex.com/fedextrack/?trknbr={}"
        case .royalMail: "https://www.royalmail.com/track-your-item#/tracking-results/{}"
        case .yamato: "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number01={}"
        case .sagawa: "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={}"
        case .japanPost: "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={}"
        default: nil
        }
    }

    public static func url(for carrier: Carrier, trackingNumber: String) -> String? {
        guard let template = template(carrier), !trackingNumber.isEmpty,
              let number = trackingNumber.addingPercentEncoding(withAllowedCharacters: .alphanumerics) else { return nil }
        return template.replacingOccurrences(of: "{}", with: number)
    }

    /// For a stored package: the carrier as Amazon reports it (a code like "DHL", or a name the merchant typed).
    public static func url(carrier text: String?, trackingNumber: String?) -> String? {
        guard let text, let trackingNumber else { return nil }
        guard let carrier = Carrier(carrierCode: text, carrierName: nil) ?? Carrier(parsing: text) else { return nil }
        return url(for: carrier, trackingNumber: trackingNumber)
    }
}
