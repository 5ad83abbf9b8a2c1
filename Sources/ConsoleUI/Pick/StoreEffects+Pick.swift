import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// The Pick pane's read, the same store query and sum as `merchant picklist`, and its printing through the
    /// printer the `merchant` target gave (ConsoleUI starts no process of its own).
    func performPickEffect(_ effect: PickEffect) throws -> Message {
        switch effect {
        case .load:
            return .pick(.loaded(PickList.make(try store.openOrderLines())))
        case .print(let text):
            guard let printText else { return .pick(.notPrinted(tr("pick.print.unavailable"))) }
            do {
                return .pick(.printed(try printText(text)))
            } catch {
                return .pick(.notPrinted("\(error)"))
            }
        }
    }
}
