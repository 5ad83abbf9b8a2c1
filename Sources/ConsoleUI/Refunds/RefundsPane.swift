import Foundation
import MerchantCore
import MerchantStore

/// What the Refunds pane reads in one go: a window of the queue, of the refunds made on Amazon, and the totals.
public struct RefundsWindow: Sendable, Equatable {
    public var queue: [RefundEntry]
    public var onAmazon: [AmazonRefundEntry]
    public var totals: RefundTotals
    /// The limit each list was read with: a list that long may go on.
    public var limit: Int
}

/// The refunds of one opened order: the console's own, and those made on Amazon, apart (R23).
public struct OrderRefunds: Sendable, Equatable {
    public var own: [RefundEntry]
    public var onAmazon: [AmazonRefundEntry]
}

/// The Refunds pane: the queue grouped by state (requested, waiting for Amazon, failed, done), then the
/// refunds made on Amazon in a section of their own (R23). j/k move over the entries of both.
public struct RefundsPane: Sendable, Equatable {
    public var window: RefundsWindow?
    /// Index into `items` of the selected entry.
    public var selected = 0
    /// First body line shown (`RefundLines`).
    public var top = 0

    /// A few hundred rows: the queue is read as a window, never as the whole table.
    static let windowLimit = 300

    var items: [RefundItem] {
        guard let w = window else { return [] }
        return w.queue.map(RefundItem.own) + w.onAmazon.map(RefundItem.amazon)
    }

    public var selectedItem: RefundItem? {
        let all = items
        return all.indices.contains(selected) ? all[selected] : nil
    }
}

/// One entry of the Refunds pane: the console's own, or one made on Amazon.
public enum RefundItem: Sendable, Equatable {
    case own(RefundEntry)
    case amazon(AmazonRefundEntry)

    var amazonOrderId: String {
        switch self {
        case .own(let e): e.amazonOrderId
        case .amazon(let e): e.amazonOrderId
        }
    }
}

/// The body lines of the Refunds pane: a title per section, its entries, a blank line between sections.
/// `update` uses them to keep the selection on screen, the view to draw.
enum RefundLine: Equatable {
    case section(RefundSection, count: Int)
    /// Index into `RefundsPane.items`.
    case entry(Int)
    case blank
}

/// The sections of the Refunds pane, in the queue's order, then Amazon's own refunds (R23).
enum RefundSection: Equatable {
    case state(RefundState)
    case onAmazon

    var name: String {
        switch self {
        case .state(.requested): tr("refunds.section.requested")
        case .state(.waiting): tr("refunds.section.waiting")
        case .state(.failed): tr("refunds.section.failed")
        case .state(.done): tr("refunds.section.done")
        case .onAmazon: tr("refunds.section.on-amazon")
        }
    }

    /// What the section holds, after its name.
    var note: String {
        switch self {
        case .state(.requested): tr("refunds.section.requested.note")
        case .state(.waiting): tr("refunds.section.waiting.note")
        case .state(.failed): tr("refunds.section.failed.note")
        case .state(.done): tr("refunds.section.done.note")
        case .onAmazon: tr("refunds.section.on-amazon.note")
        }
    }
}

enum RefundLines {
    static func build(_ pane: RefundsPane) -> [RefundLine] {
        guard let w = pane.window else { return [] }
        var lines: [RefundLine] = []
        var index = 0
        for state in RefundState.allCases {
            let entries = w.queue.filter { $0.state == state }
            guard !entries.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.section(.state(state), count: entries.count))
            // The queue arrives grouped by state (requested, waiting, failed, done): indices follow it.
            for _ in entries {
                lines.append(.entry(index))
                index += 1
            }
        }
        if !w.onAmazon.isEmpty {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.section(.onAmazon, count: w.onAmazon.count))
            for _ in w.onAmazon {
                lines.append(.entry(index))
                index += 1
            }
        }
        return lines
    }
}
