import Foundation
import MerchantCore

extension Layout {
    /// Rows of the pick list itself: the pane less its title and the column header.
    static func pickHeight(_ s: ConsoleState) -> Int { max(1, bodyHeight(s) - 2) }
}

extension Console {
    static func pickMessage(_ s: inout ConsoleState, _ message: PickMessage) {
        switch message {
        case .loaded(let lines):
            // The selection stays on its product when the list changes under it (an order shipped, a new one came).
            let sku = s.pick.selectedLine?.sku
            s.pick.lines = lines
            s.pick.selected = sku.flatMap { sku in lines.firstIndex { $0.sku == sku } } ?? min(s.pick.selected, max(0, lines.count - 1))
            keepPickVisible(&s)
        case .printed(let said):
            s.flash = Flash(text: said, kind: .saved)
        case .notPrinted(let reason):
            s.flash = Flash(text: tr("pick.print.failed", Sentence.end(reason)), kind: .refused)
        }
    }

    /// ↑/↓, pages, first and last over the products.
    static func movePick(_ s: inout ConsoleState, _ action: Move) {
        s.pick.selected = action.selection(from: s.pick.selected, last: max(0, (s.pick.lines?.count ?? 0) - 1), page: max(1, Layout.pickHeight(s) - 1))
        keepPickVisible(&s)
    }

    static func keepPickVisible(_ s: inout ConsoleState) {
        let count = s.pick.lines?.count ?? 0
        s.pick.top = Scroll.top(showing: count == 0 ? nil : s.pick.selected, through: nil, from: s.pick.top, lines: count, height: Layout.pickHeight(s))
    }

    /// Enter: every order the product goes to, with its units. At the shelf the row shows only the orders that fit;
    /// the picker taking three mugs needs to know which tote each one goes into, not the order's whole detail.
    static func openPickLine(_ s: inout ConsoleState) {
        guard let line = s.pick.selectedLine else { return }
        // A no-break space keeps each order id with its units when the box wraps the list.
        let orders = line.orders.map { "\($0.amazonOrderId)\u{00A0}×\($0.quantity)" }.joined(separator: ", ")
        s.dialog = .notice(Notice(title: "\(line.bin?.text ?? tr("pick.bin.none")) · \(line.sku)",
                                  text: tr("pick.detail.text", line.title, line.quantity, line.orders.count, orders)))
    }

    /// `p`: the pick list to the printer, the text `merchant picklist --print` sends, in the language of the moment.
    static func printPick(_ s: inout ConsoleState) -> [Effect] {
        guard let lines = s.pick.lines else { return [] }
        s.flash = Flash(text: tr("pick.print.sending"), kind: .info)
        return [.pick(.print(PickListText.render(lines)))]
    }

    /// Why `p` and Enter have nothing to act on.
    static func noPickLine(_ s: ConsoleState) -> String? {
        s.pick.lines?.isEmpty == false ? nil : tr("pick.nothing")
    }
}
