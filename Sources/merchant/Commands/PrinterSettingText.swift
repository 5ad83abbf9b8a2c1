import Foundation
import MerchantCore
import MerchantStore

/// `merchant settings set printer NAME|none`: the CUPS printer labels, slips and
/// pick lists go to, and where a bought label prints by itself.
enum PrinterSettingText {
    static let key = "printer"

    static func set(_ value: String, context: Context) throws {
        let name: String?
        do { name = try PrinterName.parse(value) } catch let refusal as PrinterNameRefusal { throw Refusal(refusal.description) }
        try context.store.setPrinterName(name, actor: "cli", at: context.now)
        guard let name else { return print(tr("labels.printer.cleared")) }
        print(tr("labels.printer.set", name))
        print(tr("labels.printer.auto"))
    }
}
