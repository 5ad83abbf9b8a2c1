import ChannelSync
import Foundation
import MerchantCore

extension ConsoleProgram {
    /// Asks Amazon for the orders' rates in a task of its own, as the sync runs: the dialog says "asking Amazon for
    /// rates…" meanwhile, and the answer comes in at the next tick. Without a connection, each order says so.
    func fetchRatesSoon(_ orderIds: [String]) {
        guard let sync else {
            let answers = orderIds.map { OrderRatesAnswer(amazonOrderId: $0, rates: nil, refusal: tr("label-dialog.nosync")) }
            inbox.withLock { $0.append(.labels(.rates(answers))) }
            return
        }
        let language = state.speaking { Language.current }
        Task.detached { [self] in
            var answers: [OrderRatesAnswer] = []
            for id in orderIds {
                // The refusals are said in the language the merchant reads now.
                answers.append(await Language.$override.withValue(language) { await sync.orderRates(id) })
            }
            self.inbox.withLock { $0.append(.labels(.rates(answers))) }
        }
    }
}
