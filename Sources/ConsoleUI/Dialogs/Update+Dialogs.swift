import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// Every key while a dialog is open. Letters, digits and Space type into the field; only the dialog's
    /// own keys (`Dialog.bindings`) move or confirm. Nothing reaches the store but a confirmed dialog.
    static func dialogKey(_ s: inout ConsoleState, _ key: Key) -> [Effect] {
        guard let dialog = s.dialog else { return [] }
        if key == .control("c") {
            askOrQuit(&s)
            return []
        }
        if case .notice = dialog {
            s.dialog = nil  // any other key closes a notice, and does nothing else
            return []
        }
        s.flash = nil
        if let binding = KeyBindings.binding(for: key, in: .dialog) { return binding.act(&s, key) }
        return edit(&s, .type(key))
    }

    /// Tab, Shift-Tab, ↑/↓: another field. Only moved through, nothing is lost by quitting; "Ship anyway?" keeps the focus.
    static func focusField(_ s: inout ConsoleState, by step: Int) -> [Effect] {
        if s.dialog?.asksShipAnyway != true { s.dialog?.apply(.focus(step)) }
        return []
    }

    /// Typed into or chosen in (not only moved through): quitting now would lose it.
    static func edit(_ s: inout ConsoleState, _ change: FormEdit) -> [Effect] {
        let before = s.dialog
        s.dialog?.apply(change)
        if s.dialog != before { s.dialogEdited = true }
        return []
    }

    /// Enter: the dialog's request once its own checks pass; a question answered No closes and changes nothing.
    static func confirm(_ s: inout ConsoleState) -> [Effect] {
        switch s.dialog {
        case .ship(let d) where d.shipAnyway != nil:
            let question = d.shipAnyway!
            if question.yes { return [.orders(.ship(question.confirmed))] }
            // No: back to the form, to fix the number or close it; nothing was shipped.
            s.dialog?.shipAnywayAnswered(tr("dialog.not-shipped", Sentence.end(question.reason)))
        case .ship(let d):
            // The buyer asks to cancel: asked before anything reaches the store (ShipWarning).
            if case .success(let request) = d.request(now: s.now), ShipWarning.refusal(d.order, anyway: request.despiteCancelRequest) != nil {
                askShipAnyway(&s, request, ShipWarning.sentence(d.order) ?? "", why: .buyerAsksToCancel)
                return []
            }
            return ship(&s, d.request(now: s.now), carrier: d.carrier) { .orders(.ship($0)) }
        case .bulkShip(var d) where d.shipAnyway != nil:
            // Yes ships them all, asked no more; No goes back to the form, nothing shipped (unmarking those ships the others).
            d.despiteCancelRequests = d.shipAnyway == true
            d.shipAnyway = nil
            let asking = d.askingToCancel.map(\.amazonOrderId)
            if !d.despiteCancelRequests {
                d.problem = tr("dialog.bulk.not-shipped", asking.count, asking.joined(separator: ", "))
            }
            s.dialog = .bulkShip(d)
            if d.despiteCancelRequests { return ship(&s, d.requests, carrier: d.carrier) { .orders(.shipAll($0)) } }
        case .bulkShip(var d):
            // Buyers who ask to cancel: asked once the form is complete, before anything reaches the store (ShipWarning).
            if !d.despiteCancelRequests, !d.askingToCancel.isEmpty, case .success = d.requests {
                d.shipAnyway = false
                s.dialog = .bulkShip(d)
                return []
            }
            return ship(&s, d.requests, carrier: d.carrier) { .orders(.shipAll($0)) }
        case .cancel(let d):
            // R17: only an explicit Yes cancels; Enter on the default No leaves the order as it is.
            guard d.yes else { return closeUnchanged(&s, tr("dialog.cancel.no", d.order.amazonOrderId)) }
            guard let reason = d.chosenReason else {
                s.dialog?.apply(.problem(chooseReasonFirst))
                return []
            }
            return send(&s, d.refundCheck, cannot: tr("dialog.cancel.cannot")) { .orders(.cancel(d.order.amazonOrderId, reason, $0)) }
        case .refund(let d):
            // Like cancelling: only an explicit Yes refunds; Enter on the default No leaves the order as it is.
            guard d.yes else { return closeUnchanged(&s, tr("dialog.refund.no", d.order.amazonOrderId)) }
            // R22: a refund needs a reason, and an amount the rules accept.
            guard let reason = d.chosenReason else {
                s.dialog?.apply(.problem(chooseReasonFirst))
                return []
            }
            return send(&s, d.amountCheck, cannot: tr("dialog.refund.cannot")) { .refunds(.refund(d.order.amazonOrderId, $0.0, reason)) }
        case .shop(let d):
            return confirmShop(&s, d)
        case .blockedFix(let d):
            return confirmBlockedFix(&s, d)
        case .label(let d):
            return confirmLabel(&s, d)
        case .switchQuestion(let q):
            return confirmSwitch(&s, q)
        case .notice, nil:
            s.dialog = nil
        }
        return []
    }

    /// Enter in a ship form: its request once its checks pass (the next form starts on its carrier), else why not.
    static func ship<Request>(_ s: inout ConsoleState, _ check: Result<Request, Reason>, carrier: Int,
                              _ effect: (Request) -> Effect) -> [Effect] {
        if case .success = check { s.lastCarrier = carrier }
        return send(&s, check, cannot: tr("dialog.ship.cannot"), effect)
    }

    /// Enter in a form: its effect once its checks pass, else why not ("Cannot ship yet: …"); the form stays open.
    static func send<Checked>(_ s: inout ConsoleState, _ check: Result<Checked, Reason>, cannot: String,
                              _ effect: (Checked) -> Effect) -> [Effect] {
        switch check {
        case .success(let checked):
            return [effect(checked)]
        case .failure(let reason):
            s.dialog?.apply(.problem(tr("dialog.cannot", cannot, reason.description)))
            return []
        }
    }

    static var chooseReasonFirst: String { tr("dialog.reason.first") }

    /// A question answered No, or Esc: the dialog closes, nothing reaches the store, and the flash says so.
    static func closeUnchanged(_ s: inout ConsoleState, _ text: String) -> [Effect] {
        s.dialog = nil
        s.flash = Flash(text: text, kind: .info)
        return []
    }

    /// The store refused a confirmed dialog: it stays open with the reason, to be fixed or closed (R30).
    static func dialogRefused(_ s: inout ConsoleState, _ reason: String) {
        s.dialog?.apply(.problem(tr("dialog.refused", Sentence.end(reason))))
    }

    /// The ship dialog's number is another address's parcel (R13), or its buyer asks to cancel (`ShipWarning`):
    /// the dialog asks "Ship anyway?", No chosen.
    static func askShipAnyway(_ s: inout ConsoleState, _ request: ShipmentRequest, _ reason: String, why: ShipAnywayQuestion.Why) {
        guard case .ship(var d) = s.dialog else {
            s.flash = Flash(text: tr("dialog.refused.flash", reason), kind: .refused)
            dialogRefused(&s, reason)
            return
        }
        d.shipAnyway = ShipAnywayQuestion(request: request, reason: reason, why: why)
        d.problem = nil
        s.dialog = .ship(d)
    }
}

/// A change to the open form: another field, another choice, a typed key, or why Enter did not do it.
enum FormEdit {
    case focus(Int), choose(Int), type(Key), problem(String)
}

/// What every form dialog answers to: moving between fields, choosing, typing; and the problem it shows.
protocol DialogForm {
    mutating func focus(by step: Int)
    mutating func choose(by step: Int)
    mutating func type(_ key: Key)
    var problem: String? { get set }
    /// The text field that has the focus, if the focus is on one (not on a choice or a quantity).
    var focusedText: WritableKeyPath<Self, TextInput>? { get }
}

extension DialogForm {
    mutating func apply(_ edit: FormEdit) {
        switch edit {
        case .focus(let step): focus(by: step)
        // ←/→ choose in a choice and change a quantity; in a text field they move the cursor.
        case .choose(let step):
            if let field = focusedText { self[keyPath: field].move(by: step) } else { choose(by: step) }
        case .type(let key): type(key)
        case .problem(let text): problem = text
        }
    }
}

extension ShipDialog: DialogForm {}
extension BulkShipDialog: DialogForm {}
extension CancelDialog: DialogForm {}
extension RefundDialog: DialogForm {}
extension ShopShipDialog: DialogForm {}
extension CancelFulfillmentDialog: DialogForm {}
extension LabelDialog: DialogForm {}

extension Dialog {
    /// The ship dialog asks "Ship anyway?".
    var asksShipAnyway: Bool {
        if case .ship(let d) = self { return d.shipAnyway != nil }
        if case .bulkShip(let d) = self { return d.shipAnyway != nil }
        return false
    }

    /// No to "Ship anyway?": the question goes, the form stays with why nothing was shipped, on the tracking number.
    mutating func shipAnywayAnswered(_ problem: String) {
        guard case .ship(var d) = self else { return }
        d.shipAnyway = nil
        d.problem = problem
        d.focus = .tracking
        self = .ship(d)
    }

    mutating func apply(_ edit: FormEdit) {
        switch self {
        case .ship(var d): d.apply(edit); self = .ship(d)
        case .bulkShip(var d): d.apply(edit); self = .bulkShip(d)
        case .cancel(var d): d.apply(edit); self = .cancel(d)
        case .refund(var d): d.apply(edit); self = .refund(d)
        case .shop(.ship(var d)): d.apply(edit); self = .shop(.ship(d))
        case .shop(.cancelFulfillment(var d)): d.apply(edit); self = .shop(.cancelFulfillment(d))
        case .blockedFix(var d): d.apply(edit); self = .blockedFix(d)
        case .label(var d): d.apply(edit); self = .label(d)
        case .switchQuestion(var q): q.apply(edit); self = .switchQuestion(q)
        case .notice: break
        }
    }
}
