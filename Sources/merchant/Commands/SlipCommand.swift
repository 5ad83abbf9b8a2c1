import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

/// `merchant slip ID`: the packing slip of one order, for A4 or a 100×150 mm label printer.
struct SlipCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "slip", abstract: tr("parcel.help.slip")) }
    @Argument(help: ArgumentHelp(tr("parcel.help.slip.id"))) var id: String
    @Option(help: ArgumentHelp(tr("parcel.help.slip.format"))) var format: String = "a4"
    @Flag(help: ArgumentHelp(tr("parcel.help.print"))) var print = false

    func run() throws {
        guard let format = PackingSlipText.Format(rawValue: format.lowercased()) else {
            throw Refusal(tr("parcel.slip.format", format))
        }
        let store = try Context.open().store
        let slip = try store.packingSlip(id.trimmingCharacters(in: .whitespaces))
        let text = PackingSlipText.render(slip, format: format)
        if self.print { return try Printer.send(text, media: format == .a4 ? .a4 : .label, printer: store.printerName()) }
        Swift.print(text)
    }
}
