import Foundation

/// An address as the post of its country reads it, one line each, for a packing slip or a label.
///
///     AddressBlock.lines(name: "Jürgen Groß", street: ["Hauptstraße 1"], postalCode: "10115", city: "Berlin", region: nil, countryCode: "DE")
///     // ["Jürgen Groß", "Hauptstraße 1", "10115 Berlin", "Germany"]
///
/// Germany and most of Europe write the postal code before the city; the UK puts it on a line of its own;
/// Thailand and the US after the city; Japan opens the city line with 〒 and the code.
public enum AddressBlock {
    public static func lines(name: String?, street: [String], postalCode: String?, city: String?, region: String?, countryCode: String?) -> [String] {
        let code = postalCode ?? "", town = city ?? "", area = region ?? ""
        var out: [String] = []
        if let name, !name.isEmpty { out.append(name) }
        out += street.filter { !$0.isEmpty }
        switch countryCode?.uppercased() {
        case "GB":
            out += [town, area, code].filter { !$0.isEmpty }
        case "US", "CA", "AU":
            out.append([town.isEmpty ? nil : town + ",", area.isEmpty ? nil : area, code.isEmpty ? nil : code].compactMap { $0 }.joined(separator: " "))
        case "TH":
            out.append([town, area, code].filter { !$0.isEmpty }.joined(separator: " "))
        case "JP":
            out.append([code.isEmpty ? "" : "〒" + code, area, town].filter { !$0.isEmpty }.joined(separator: " "))
        default:
            out.append([code, town].filter { !$0.isEmpty }.joined(separator: " "))
            if !area.isEmpty { out.append(area) }
        }
        if let country = countryCode, !country.isEmpty { out.append(countryName(country)) }
        return out.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The country's English name for the address's last line (the post of every country reads it), else its code.
    public static func countryName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forRegionCode: code.uppercased()).map { $0.uppercased() } ?? code.uppercased()
    }
}
