import ChannelSync
import Foundation
import MerchantCore

/// Buying a label through Amazon instead of typing a tracking number: for the ship dialog's one order, the rates as
/// a list to choose from; for the marked orders, each order's cheapest rate that is on time (`OnTimeRate`). The labels
/// come in the merchant's `label-format` unless `f` chose another for this purchase; a rate without that format is
/// never bought in another in silence. Enter asks "Buy …?" with No chosen; only Yes queues the labels (`queueLabel`,
/// as `merchant label` does).
public struct LabelDialog: Sendable, Equatable {
    /// The form the dialog came from, and goes back to on ^T.
    public enum Form: Sendable, Equatable {
        case one(ShipDialog)
        case marked(BulkShipDialog)
    }

    /// One order to label and Amazon's answer for it (nil while asked).
    public struct Entry: Sendable, Equatable {
        public var amazonOrderId: String
        public var buyerName: String?
        public var answer: OrderRatesAnswer?
    }

    public var form: Form
    public var entries: [Entry]
    /// One order: the rate under the cursor, an index into its offers.
    public var selected = 0
    /// "Buy …?": nil until Enter asks, then the answer, No first.
    public var question: Bool?
    /// Why the last Enter did not buy, or what Amazon refused.
    public var problem: String?
    /// Yes was sent to the store; its answer is awaited.
    public var sending = false
    /// The file the labels come as: the `label-format` setting, or what `f` chose for this purchase.
    public var format: LabelFormat

    init(_ form: Form, format: LabelFormat) {
        self.form = form
        self.format = format
        switch form {
        case .one(let d): entries = [Entry(amazonOrderId: d.order.amazonOrderId, buyerName: d.order.buyerName)]
        case .marked(let d): entries = d.lines.map { Entry(amazonOrderId: $0.amazonOrderId, buyerName: $0.buyerName) }
        }
    }

    var isMarked: Bool { if case .marked = form { true } else { false } }
    var orderIds: [String] { entries.map(\.amazonOrderId) }
    /// Amazon has not answered for every order yet.
    public var asking: Bool { entries.contains { $0.answer == nil } }

    /// One order's offers, in Amazon's order.
    var offers: [ShippingOffer] { entries.first?.answer?.rates?.offers ?? [] }

    /// The rate each order would be labelled with: the one under the cursor, or for marked orders the cheapest on time
    /// of those that come in the chosen format.
    public var chosen: [(entry: Entry, offer: ShippingOffer)] {
        guard isMarked else {
            guard let entry = entries.first, offers.indices.contains(selected) else { return [] }
            return [(entry, offers[selected])]
        }
        return entries.compactMap { entry in
            guard let rates = entry.answer?.rates,
                  case .chosen(let offer) = OnTimeRate.choose(inFormat(rates.offers), deliverBy: entry.answer?.deliverBy, shipBy: entry.answer?.shipBy)
            else { return nil }
            return (entry, offer)
        }
    }

    /// The offers whose label comes in the chosen format.
    func inFormat(_ offers: [ShippingOffer]) -> [ShippingOffer] {
        offers.filter { LabelRules.refusal($0, format: format.wire, orderId: "") == nil }
    }

    /// One order: why the rate under the cursor cannot be bought in the chosen format, or nil when it can.
    public var formatRefusal: LabelRefusal? {
        guard !isMarked, let (entry, offer) = chosen.first else { return nil }
        return LabelRules.refusal(offer, format: format.wire, orderId: entry.amazonOrderId)
    }

    /// The orders that get no label, each with why, in the merchant's words.
    public var leftOut: [(entry: Entry, why: String)] {
        entries.compactMap { entry in
            guard let answer = entry.answer else { return nil }
            if let refusal = answer.refusal { return (entry, refusal) }
            guard let rates = answer.rates else { return nil }
            guard isMarked else { return rates.offers.isEmpty ? (entry, tr("labels.rates.none", entry.amazonOrderId)) : nil }
            // No label in another format in silence: an order none of whose rates has the format is left out, named.
            if !rates.offers.isEmpty, inFormat(rates.offers).isEmpty { return (entry, tr("label-dialog.left.format", format.wire)) }
            switch OnTimeRate.choose(inFormat(rates.offers), deliverBy: answer.deliverBy, shipBy: answer.shipBy) {
            case .chosen: return nil
            case .noRates: return (entry, tr("labels.rates.none", entry.amazonOrderId))
            case .noDeadline: return (entry, tr("label-dialog.left.noshipby"))
            case .noneOnTime(let deadline, let soonest):
                let by = Format.date(deadline)
                return (entry, soonest.map { tr("label-dialog.left.late", by, Format.date($0)) } ?? tr("label-dialog.left.nopromise", by))
            }
        }
    }

    /// What Yes queues: an order, its rate and the chosen format (Enter asks nothing while the rate lacks it).
    var purchases: [LabelPurchase] {
        let wire = format.wire
        return chosen.map { LabelPurchase(amazonOrderId: $0.entry.amazonOrderId, rateId: $0.offer.rateId, format: wire) }
    }

    /// The labels' prices summed, per currency ("9,98 €"; "9,98 € + 4,20 £" across marketplaces).
    var total: String {
        var sums: [(currency: String, minor: Int64)] = []
        for (_, offer) in chosen {
            if let i = sums.firstIndex(where: { $0.currency == offer.price.currency }) { sums[i].minor += offer.price.minorUnits } else {
                sums.append((offer.price.currency, offer.price.minorUnits))
            }
        }
        return sums.map { LanguageFormat.money(Money(minorUnits: $0.minor, currency: $0.currency), Language.current) }.joined(separator: " + ")
    }

    /// Rates older than 10 minutes can no longer be bought (Amazon's request token expired): asked again with ^R.
    func expired(now: Date) -> Bool {
        chosen.contains { now.timeIntervalSince($0.entry.answer?.rates?.fetchedAt ?? now) > LabelRules.rateLifetime }
    }

    // MARK: keys

    /// ↑/↓: another rate (one order); the question keeps the cursor where it is.
    mutating func focus(by step: Int) {
        guard question == nil, !isMarked, !offers.isEmpty else { return }
        selected = min(offers.count - 1, max(0, selected + step))
    }

    /// ←/→ answer the question.
    mutating func choose(by step: Int) {
        if question != nil { question!.toggle() }
    }

    /// y/n answer the question; nothing else is typed here.
    mutating func type(_ key: Key) {
        if question != nil, let answer = YesNo.answer(key) { question = answer }
    }

    /// `f`: the next format (PDF, ZPL, PNG), for this purchase only; not while "Buy …?" is asked, which names the format.
    mutating func changeFormat() {
        guard question == nil, !sending else { return }
        format = format.next
        problem = nil
    }

    var focusedText: WritableKeyPath<LabelDialog, TextInput>? { nil }
}

/// One label to queue: the order, the kept rate, the format.
public struct LabelPurchase: Sendable, Equatable {
    public var amazonOrderId: String
    public var rateId: String
    public var format: String
}
