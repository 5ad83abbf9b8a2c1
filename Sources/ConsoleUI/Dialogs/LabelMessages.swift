import ChannelSync
import Foundation
import MerchantCore
import MerchantStore

/// What buying labels asks of the runner: Amazon's rates (in the background), the labels queued, how far they came.
public enum LabelEffect: Sendable, Equatable {
    /// Asks Amazon for the orders' rates in a task of its own; the answer comes back as `LabelMessage.rates`.
    case fetchRates([String])
    /// Queues the labels through the store's `queueLabel`; sent only by a Yes.
    case buy([LabelPurchase])
    /// Reads the labels being bought, to say where each went.
    case watch([Int64])
}

/// A label queued, with the file it will be saved as.
public struct QueuedLabel: Sendable, Equatable {
    public var label: LabelRecord
    /// The data folder's `labels/` file it is saved as once bought.
    public var path: String
}

/// The answers to `LabelEffect`.
public enum LabelMessage: Sendable {
    case rates([OrderRatesAnswer])
    /// The labels queued, and the orders the store refused, each with why (R30).
    case queued([QueuedLabel], refused: [String])
    /// The labels being bought as they stand now.
    case progress([LabelRecord])
}
