import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// `P`: pack mode opens. On an order in Orders, or on an opened order, that order is chosen at once.
    static func openPack(_ s: inout ConsoleState) -> [Effect] {
        s.pack = PackState()
        let id = s.detail?.orderId ?? (s.pane == .orders ? s.orders.selectedOrder?.amazonOrderId : nil)
        guard let id else { return [] }
        return choosePackOrder(&s, id, typed: false)
    }

    /// Every key while pack mode is open (and no dialog is over it): printable keys type into the scan line, Enter
    /// looks it up, and pack mode's own rows (`PackMode.bindings`) do the rest. Ctrl-C quits as everywhere.
    static func packKey(_ s: inout ConsoleState, _ key: Key) -> [Effect] {
        if key == .control("c") {
            askOrQuit(&s)
            return []
        }
        if s.pack?.leaving != nil {
            leavingKey(&s, key)
            return []
        }
        if let binding = KeyBindings.binding(for: key, in: .pack) {
            if let reason = binding.whyNot(s) {
                binding.sayWhyNot(&s, key, reason)
                return []
            }
            return binding.act(&s, key)
        }
        if case .character(let c) = key {
            s.pack?.line.type(c)
        } else {
            s.flash = Flash(text: KeyBindings.notHere(key), kind: .info)
        }
        return []
    }

    /// Enter: the scan line is looked up, as an order id until an order is chosen, then as a product. With every unit
    /// ticked and nothing typed, the ship dialog opens again (it was closed without shipping).
    static func scan(_ s: inout ConsoleState) -> [Effect] {
        guard let pack = s.pack else { return [] }
        s.flash = nil
        s.pack?.line.clear()
        if pack.line.tooLong { return refuseScan(&s, tr("pack.refusal.too-long", ScanLine.longest)) }
        let code = pack.line.code
        guard !code.isEmpty else {
            if let tally = pack.tally, tally.isComplete { return [.orders(.prepare(.ship, [tally.amazonOrderId]))] }
            s.flash = Flash(text: pack.tally == nil ? tr("pack.empty.order") : tr("pack.empty.product"), kind: .info)
            return []
        }
        guard pack.tally != nil else { return choosePackOrder(&s, code, typed: true) }
        s.pack?.awaiting = .product(code)
        return [.pack(.scan(code))]
    }

    /// An order id to pack: read fresh from the store, once, before its lines show.
    static func choosePackOrder(_ s: inout ConsoleState, _ id: String, typed: Bool) -> [Effect] {
        s.pack?.awaiting = .order(id, typed: typed)
        return [.pack(.open(id))]
    }

    /// The chosen order is read: the ship action's own rules judge it (R4, R5, R10, R14, R17); refused, the mode waits
    /// for another order id; else its open lines show with the units to pack. The order `P` opened on (not typed) is
    /// only an offer: when it cannot be packed the mode opens empty, with no error, as nothing was scanned yet.
    static func packOrderRead(_ s: inout ConsoleState, _ detail: OrderDetail, typed: Bool) {
        if let refusal = detail.refusalToShip {
            if typed { refuseScan(&s, refusal.description) }
            return
        }
        let tally = PackTally(order: detail.order, productSku: { item in detail.local?.lines.first { $0.orderItemId == item.orderItemId }?.productSku },
                              unitsShipped: detail.unitsShipped)
        guard !tally.lines.isEmpty else {
            if typed { refuseScan(&s, ActionRefusal.nothingToShip(detail.order.amazonOrderId).description) }
            return
        }
        s.pack?.tally = tally
        s.pack?.buyer = detail.order.buyerName
        s.pack?.shipBy = detail.order.latestShipDate
        s.pack?.answer = nil
        s.pack?.focusLine = 0
    }

    /// A scanned code's product is read: one unit of its line is ticked, or the scan is refused. The last unit opens
    /// the ship dialog, the very one `s` opens, read fresh and judged by the same rules.
    static func productScanned(_ s: inout ConsoleState, _ code: String, _ product: Product?) -> [Effect] {
        guard var tally = s.pack?.tally else { return [] }
        guard let product else { return refuseScan(&s, PackRefusal.unknownCode(code).description) }
        do {
            let line = try tally.tick(productSku: product.sku, code: code, title: product.title)
            s.pack?.tally = tally
            s.pack?.answer = .ticked(line: line, code: code)
            s.pack?.focusLine = line
        } catch {
            if let line = tally.lines.firstIndex(where: { $0.productSku == product.sku }) { s.pack?.focusLine = line }
            return refuseScan(&s, error.description)
        }
        return tally.isComplete ? [.orders(.prepare(.ship, [tally.amazonOrderId]))] : []
    }

    /// A wrong scan: its reason in red at the scan line, and one ring of the terminal bell (a packer looks at the
    /// parcel, not the screen). No count changes.
    @discardableResult
    static func refuseScan(_ s: inout ConsoleState, _ reason: String, ring: Bool = true) -> [Effect] {
        s.pack?.answer = .refused(reason)
        if ring { s.bells += 1 }
        return []
    }

    /// Esc: pack mode closes at once when nothing is ticked; with ticked units it asks first, No chosen.
    static func leavePack(_ s: inout ConsoleState) -> [Effect] {
        guard let tally = s.pack?.tally, tally.packed > 0 else {
            s.pack = nil
            s.flash = Flash(text: tr("pack.left"), kind: .info)
            return []
        }
        s.pack?.leaving = false
        return []
    }

    /// Keys while "Leave pack mode?" is asked: ←/→ (or y/n) choose, Enter answers, Esc keeps packing.
    static func leavingKey(_ s: inout ConsoleState, _ key: Key) {
        switch key {
        case .left, .right, .tab, .backTab:
            s.pack?.leaving?.toggle()
        case .enter:
            if s.pack?.leaving == true {
                let id = s.pack?.tally?.amazonOrderId ?? ""
                s.pack = nil
                s.flash = Flash(text: tr("pack.left.ticks", id), kind: .info)
            } else {
                s.pack?.leaving = nil
            }
        case .escape:
            s.pack?.leaving = nil
        default:
            if let answer = YesNo.answer(key) { s.pack?.leaving = answer }
        }
    }

    /// An order shipped while packing it (its ship dialog confirmed): the mode waits for the next order's id.
    static func packHeard(_ s: inout ConsoleState, shipped orderIds: [String]) {
        guard let id = s.pack?.tally?.amazonOrderId, orderIds.contains(id) else { return }
        s.pack = PackState()
    }

    /// What quitting now would lose of pack mode: the units ticked (nothing was shipped).
    static func packQuitLoses(_ s: ConsoleState) -> [String] {
        guard let tally = s.pack?.tally, tally.packed > 0 else { return [] }
        return [tr("pack.quit.lost", tally.packed, tally.amazonOrderId)]
    }
}
