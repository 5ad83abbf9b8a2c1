import ArgumentParser
import ConsoleUI
import Foundation
import MerchantCore
import MerchantStore

/// `merchant picklist`: what to take from the shelves for every order you still ship, bin by bin.
struct PicklistCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "picklist", abstract: tr("parcel.help.picklist")) }
    @Flag(help: "Write JSON for scripts.") var json = false
    @Flag(help: ArgumentHelp(tr("parcel.help.print"))) var print = false

    func run() throws {
        let store = try Context.open().store
        let lines = PickList.make(try store.openOrderLines())
        if json { return try printJSON(PickListJSON(units: PickList.units(lines), lines: lines)) }
        let text = PickListText.render(lines)
        if self.print { return try Printer.send(text, media: .a4, printer: store.printerName()) }
        Swift.print(text)
    }
}

/// `merchant picklist --json`: the lines in walking order, and the units in all.
struct PickListJSON: Encodable {
    var units: Int
    var lines: [PickListLine]
}
