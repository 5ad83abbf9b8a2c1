import Foundation

/// An address as the post of its country reads it, one line each, for a packing slip or a label.
///
///     AddressBlock.lines(name: "Jürgen Groß", street: ["Hauptstraße 1"], postalCode: "10115", city: "Berlin", region: nil, countryCode: "DE")
///     // ["Jürgen Groß", "Hauptstraße 1", "10115 Berlin", "GERMANY"]
///
/// Germany and most of Europe write the postal code before the city; the UK puts it on a line of its own;
/// Thailand and the US after the city; an address written in Japanese runs from 〒 and the code down to the name.
public enum AddressBlock {
    public static func lines(name: String?, street: [String], postalCode: String?, city: String?, region: String?, countryCode: String?) -> [String] {
        let code = postalCode ?? "", town = city ?? "", area = region ?? ""
        var out: [String] = []
        let country = countryCode.map { [countryName($0)] } ?? []
        // Written in Japanese, an address goes from large to small: 〒 and code, prefecture and city, street, name.
        if countryCode?.uppercased() == "JP", ([name ?? "", town, area] + street).contains(where: isJapaneseScript) {
            let head = [code.isEmpty ? "" : "〒" + code, area + town].filter { !$0.isEmpty }
            return (head + street + [name ?? ""] + country).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        }
        if let name, !name.isEmpty { out.append(name) }
        out += street.filter { !$0.isEmpty }
        switch countryCode?.uppercased() {
        case "GB":
            out += [town, area, code].filter { !$0.isEmpty }
        case "US", "CA", "AU", "JP":
            out.append([town.isEmpty ? nil : town + ",", area.isEmpty ? nil : area, code.isEmpty ? nil : code].compactMap { $0 }.joined(separator: " "))
        case "TH":
            out.append([town, area, code].filter { !$0.isEmpty }.joined(separator: " "))
        default:
            out.append([code, town].filter { !$0.isEmpty }.joined(separator: " "))
            if !area.isEmpty { out.append(area) }
        }
        out += country
        return out.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Kana or CJK ideographs: the address is written in Japanese.
    static func isJapaneseScript(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x3040...0x30FF).contains($0.value) || (0x4E00...0x9FFF).contains($0.value) }
    }

    /// The country's English name for the address's last line (the post of every country reads it), else its code.
    public static func countryName(_ code: String) -> String {
        Locale(identifier: "en").localizedString(forRegionCode: code.uppercased()).map { $0.uppercased() } ?? code.uppercased()
    }
}
