import Foundation
import MerchantCore

/// Sends text to the printer and answers what to tell the merchant; throws, in a merchant's words, when it cannot.
public typealias PrintText = @Sendable (String) throws -> String

/// The Pick pane: the unshipped orders you fulfil, their open lines summed by product in the order a picker walks
/// the bins (no bin last), with the orders each line serves. The same list `merchant picklist` prints, read whole:
/// it holds one line per product still to pick, never the orders already shipped.
public struct PickPane: Sendable, Equatable {
    /// nil until the first read.
    public var lines: [PickListLine]?
    /// Index into `lines` of the selected product.
    public var selected = 0
    /// First line shown.
    public var top = 0

    public var selectedLine: PickListLine? { lines.flatMap { $0.indices.contains(selected) ? $0[selected] : nil } }
}

/// The Pick pane's read and its printing, run by `StoreEffects`.
public enum PickEffect: Sendable, Equatable {
    /// `merchant picklist`'s read: the open lines of the orders to ship, summed by `PickList`.
    case load
    /// Sends the pick list's text (`PickListText`, as `merchant picklist --print` sends it) to the printer.
    case print(String)
}

/// What the store and the printer answered the Pick pane.
public enum PickMessage: Sendable {
    case loaded([PickListLine])
    /// The printer took it: what it said.
    case printed(String)
    /// Nothing was printed: why, in a merchant's words.
    case notPrinted(String)
}
