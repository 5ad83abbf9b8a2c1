import Foundation
import MerchantCore
import MerchantStore

/// `merchant settings set ship-from "Name; Street 1; 10115; Berlin; DE"`.
/// One quoted value in the order an address is written, so a merchant types it as it stands on an envelope.
enum ShipFromSettingText {
    static let key = "ship-from"

    static func set(_ value: String, context: Context) throws {
        let address = value.trimmingCharacters(in: .whitespaces).lowercased() == "none" ? nil : try ShipFromAddress.parse(value)
        try context.store.setShipFromAddress(address, actor: "cli", at: context.now)
        guard let address else { return print(tr("parcel.shipfrom.cleared")) }
        print(tr("parcel.shipfrom.label"))
        for line in address.block { print("  \(line)") }
        if let phone = address.phone { print("  \(phone)") }
    }
}
