import Foundation
import MerchantCore

/// Tracking numbers the carriers would print on a label: each in its carrier's format with a right check digit,
/// so that the console's own check (`TrackingNumber.validate`) accepts it as it accepts a typed one (R13).
enum LabelTrackingNumber {
    /// A number for `carrier`, drawn from `rng`: the carrier's shape, its check digit found by trying the ten
    /// digits against the carrier's rule.
    static func make(for carrier: Carrier, rng: inout SplitMix64) -> String {
        // `#` a random digit, `?` the check digit, anything else as printed.
        let template = switch carrier {
        case .dhl: "0034043############?"           // DHL Paket: 20 digits
        case .dpd: "0############?"                 // 14 digits
        case .hermes: "1##############?"           // 16 digits
        case .royalMail, .deutschePost: "RB########?GB"   // S10: 8 digits and a check digit
        case .yamato, .sagawa, .japanPost: "###########?" // 12 digits, the last mod 7
        case .ups: "1Z###############?"
        default: "################"                 // Evri and others: 16 digits
        }
        let checkAt = template.firstIndex(of: "?").map { template.distance(from: template.startIndex, to: $0) }
        for _ in 0..<50 {
            var chars = template.map { $0 == "#" || $0 == "?" ? Character(String(rng.int(0...9))) : $0 }
            guard let checkAt else { return String(chars) }
            for d in 0...9 {
                chars[checkAt] = Character(String(d))
                if (try? TrackingNumber.validate(String(chars), carrier: carrier)) != nil { return String(chars) }
            }
        }
        return String(repeating: "0", count: 12)
    }
}
