import Foundation
import MerchantCore

/// The carriers a picker offers: those with Amazon carrier codes, by name, then Other (which asks for a name).
enum CarrierChoice {
    static var count: Int { Carrier.known.count + 1 }
    static var otherIndex: Int { Carrier.known.count }

    static func label(_ index: Int) -> String {
        index < Carrier.known.count ? Carrier.known[index].displayName : tr("dialog.carrier.other")
    }

    /// The carrier chosen, with the name typed for Other.
    static func carrier(_ index: Int, name: String) -> Result<Carrier, CarrierError> {
        if index < Carrier.known.count { return .success(Carrier.known[index]) }
        if name.trimmingCharacters(in: .whitespaces).isEmpty { return .failure(.nameRequired) }
        return Result { () throws(CarrierError) in try Carrier.other(named: name) }
    }

    /// The carrier a tracking number is checked against while the name for Other is still being typed.
    static func forChecking(_ index: Int, name: String) -> Carrier {
        (try? carrier(index, name: name).get()) ?? .other(try! CarrierName("Other"))
    }

    /// The next carrier whose name starts with `letter` (case does not matter), after `index`.
    static func jump(from index: Int, letter: Character) -> Int? {
        let l = String(letter).lowercased()
        for step in 1...count {
            let i = (index + step) % count
            if label(i).lowercased().hasPrefix(l) { return i }
        }
        return nil
    }
}

/// The carrier picker and the name typed for Other, as every ship dialog has them (R13).
protocol CarrierFields {
    /// Index into the carrier picker (`CarrierChoice`).
    var carrier: Int { get set }
    var carrierName: TextInput { get set }
}

extension CarrierFields {
    var carrierCheck: Result<Carrier, CarrierError> { CarrierChoice.carrier(carrier, name: carrierName.text) }

    /// The carrier tracking numbers are checked against, even while the name for Other is still being typed.
    var carrierForChecking: Carrier { CarrierChoice.forChecking(carrier, name: carrierName.text) }

    /// ←/→ on the picker, round from the last carrier to the first.
    mutating func chooseCarrier(by step: Int) {
        carrier = (carrier + step + CarrierChoice.count) % CarrierChoice.count
    }

    /// A letter on the picker picks the next carrier whose code starts with it.
    mutating func pickCarrier(_ key: Key) {
        if case .character(let c) = key, c.isLetter, let i = CarrierChoice.jump(from: carrier, letter: c) { carrier = i }
    }
}
