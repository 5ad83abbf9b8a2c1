import ArgumentParser
import Foundation
import MerchantCore
import MerchantStore

/// `merchant slip ID`: the packing slip of one order, for A4 or a 100×150 mm label printer.
struct SlipCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slip", abstract: "The packing slip of an order: its address and items, as text for A4 or a label printer.")
    @Argument(help: "The Amazon order id.") var id: String
    @Option(help: "a4 (80 columns) or label (100×150 mm, 48 columns).") var format: String = "a4"
    @Flag(help: "Send the slip to the printer (lp) instead of printing it here.") var print = false

    func run() throws {
        guard let format = PackingSlipText.Format(rawValue: format.lowercased()) else {
            throw Refusal("--format takes a4 or label, not \"\(format)\"")
        }
        let slip = try Context.open().store.packingSlip(id.trimmingCharacters(in: .whitespaces))
        let text = PackingSlipText.render(slip, format: format)
        if self.print { return try Printer.send(text, media: format == .a4 ? .a4 : .label) }
        Swift.print(text)
    }
}
