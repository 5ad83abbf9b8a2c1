import Foundation

/// The address a parcel leaves from, as the merchant writes it on one line:
/// "Lager Nord, Hafenstraße 3, 20457 Hamburg, DE" (name, street, postal code and city, country code).
///
/// Until the ship-from address is a setting of its own (the parcel facts), the merchant gives it with the rates.
public enum ShipFromAddress {
    public static func parse(_ text: String?) throws(LabelRefusal) -> PostalAddress {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw .shipFromMissing }
        let parts = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.count >= 4, parts.allSatisfy({ !$0.isEmpty }),
              let country = parts.last, country.count == 2, country.allSatisfy({ $0.isASCII && $0.isLetter })
        else { throw .badShipFrom(text) }
        let place = parts[parts.count - 2]
        let postal = place.prefix { !$0.isWhitespace }
        let city = place.dropFirst(postal.count).trimmingCharacters(in: .whitespaces)
        guard !postal.isEmpty, !city.isEmpty else { throw .badShipFrom(text) }
        return PostalAddress(name: parts[0], lines: Array(parts[1..<(parts.count - 2)]), city: city, postalCode: String(postal),
                             region: nil, countryCode: country.uppercased())
    }
}
