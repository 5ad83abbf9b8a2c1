import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

extension Console {
    /// ^T: from the ship form to buying a label (Amazon is asked for rates at once), and back. Nothing is lost either way.
    static func switchToLabel(_ s: inout ConsoleState) -> [Effect] {
        switch s.dialog {
        case .ship(let d) where d.shipAnyway == nil:
            let dialog = LabelDialog(.one(d), format: labelFormat(s))
            s.dialog = .label(dialog)
            return [.labels(.fetchRates(dialog.orderIds))]
        case .bulkShip(let d) where d.shipAnyway == nil:
            let dialog = LabelDialog(.marked(d), format: labelFormat(s))
            s.dialog = .label(dialog)
            return [.labels(.fetchRates(dialog.orderIds))]
        case .label(let d) where !d.sending:
            switch d.form {
            case .one(let form): s.dialog = .ship(form)
            case .marked(let form): s.dialog = .bulkShip(form)
            }
        default:
            s.flash = Flash(text: tr("label-dialog.key.switch.whynot"), kind: .info)
        }
        return []
    }

    /// The merchant's `label-format` setting, as the overview read it (PDF, the default, until it has).
    static func labelFormat(_ s: ConsoleState) -> LabelFormat { s.overview.settings?.labelFormat ?? .pdf }

    /// `f` in the label dialog: the next format for this purchase. In any other dialog the letter is typed, as ever.
    static func changeLabelFormat(_ s: inout ConsoleState, _ key: Key) -> [Effect] {
        guard case .label(var d) = s.dialog else { return edit(&s, .type(key)) }
        d.changeFormat()
        s.dialog = .label(d)
        return []
    }

    /// ^R: the rates asked again (they buy for 10 minutes only).
    static func refreshRates(_ s: inout ConsoleState) -> [Effect] {
        guard case .label(var d) = s.dialog, !d.sending else {
            s.flash = Flash(text: tr("label-dialog.key.refresh.whynot"), kind: .info)
            return []
        }
        for i in d.entries.indices { d.entries[i].answer = nil }
        d.question = nil
        d.problem = nil
        s.dialog = .label(d)
        return [.labels(.fetchRates(d.orderIds))]
    }

    /// Enter: asks "Buy …?" (No chosen); Yes queues the labels, No closes and changes nothing.
    static func confirmLabel(_ s: inout ConsoleState, _ dialog: LabelDialog) -> [Effect] {
        var d = dialog
        defer { if case .label = s.dialog { s.dialog = .label(d) } }
        guard !d.sending else { return [] }
        switch d.question {
        case true?:
            d.sending = true
            return [.labels(.buy(d.purchases))]
        case false?:
            return closeUnchanged(&s, tr("label-dialog.no", d.orderIds.joined(separator: ", ")))
        case nil:
            if d.asking {
                d.problem = tr("label-dialog.asking")
            } else if d.purchases.isEmpty {
                d.problem = tr("label-dialog.nothing")
            } else if d.formatRefusal != nil {
                d.problem = tr("label-dialog.format.enter", d.format.wire)  // never another format in silence
            } else if d.expired(now: s.now) {
                d.problem = tr("label-dialog.expired")  // Amazon's token buys for 10 minutes only
            } else {
                d.problem = nil
                d.question = false
            }
            return []
        }
    }

    /// The labels' answers: the rates came, the labels are queued, a label is bought and saved (or refused).
    static func labelsMessage(_ s: inout ConsoleState, _ message: LabelMessage) -> [Effect] {
        switch message {
        case .rates(let answers):
            // The dialog may have closed meanwhile: the rates stay kept in the store, nothing else happens.
            guard case .label(var d) = s.dialog else { return [] }
            for answer in answers {
                if let i = d.entries.firstIndex(where: { $0.amazonOrderId == answer.amazonOrderId }) { d.entries[i].answer = answer }
            }
            // The cursor starts on the cheapest rate.
            let cheapest = ShippingOffer.marks(d.offers).cheapest
            d.selected = d.offers.firstIndex { $0.rateId == cheapest } ?? 0
            s.dialog = .label(d)
            return []
        case .queued(let labels, let refused):
            guard !labels.isEmpty else {
                if case .label(var d) = s.dialog {
                    d.sending = false
                    d.question = nil
                    d.problem = refused.joined(separator: " ")
                    s.dialog = .label(d)
                }
                return []
            }
            s.dialog = nil
            s.orders.marked.removeAll { id in labels.contains { $0.label.amazonOrderId == id } }
            s.labelsBeingBought += labels.map(\.label.id)
            let said = labels.count == 1
                ? tr("label-dialog.buying.one", labels[0].label.amazonOrderId, labels[0].label.serviceName, labels[0].label.price, labels[0].path)
                : tr("label-dialog.buying.many", labels.count, URL(fileURLWithPath: labels[0].path).deletingLastPathComponent().path)
            s.flash = Flash(text: ([said] + refused).joined(separator: " "), kind: refused.isEmpty ? .saved : .warning)
            return [.loadOverview] + reloadVisible(s)
        case .progress(let labels):
            var done: [String] = []
            for label in labels {
                switch label.state {
                case .saved:
                    done.append(tr("labels.bought", label.serviceName, label.price, label.trackingNumber ?? "", label.filePath ?? ""))
                case .failed:
                    done.append(tr("labels.refused", label.amazonOrderId, label.error ?? tr("labels.noreason")))
                case .queued, .bought:
                    continue
                case .voiding, .voided:
                    break
                }
                s.labelsBeingBought.removeAll { $0 == label.id }
            }
            s.labelsBeingBought.removeAll { id in !labels.contains { $0.id == id } }
            if !done.isEmpty {
                let failed = labels.contains { $0.state == .failed }
                s.flash = Flash(text: done.joined(separator: " "), kind: failed ? .refused : .saved)
                return [.loadOverview] + reloadVisible(s)
            }
            return []
        }
    }

    /// At each tick while labels are being bought: how far they came.
    static func watchLabels(_ s: ConsoleState) -> [Effect] {
        s.labelsBeingBought.isEmpty ? [] : [.labels(.watch(s.labelsBeingBought))]
    }
}
