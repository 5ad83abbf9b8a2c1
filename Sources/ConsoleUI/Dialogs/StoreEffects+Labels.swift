import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// Queues labels with the store's own operation, `merchant label`'s: each order checked again and refused in its
    /// words (R30), each label written with its outbox message and activity line in one transaction (R29).
    func performLabelEffect(_ effect: LabelEffect) -> Message? {
        switch effect {
        case .fetchRates:
            return nil  // the program asks Amazon in the background
        case .buy(let purchases):
            var queued: [QueuedLabel] = []
            var refused: [String] = []
            for p in purchases {
                do {
                    let label = try store.queueLabel(orderId: p.amazonOrderId, rateId: p.rateId, format: p.format, actor: actor, at: now())
                    queued.append(QueuedLabel(label: label, path: store.labelsFolder.appendingPathComponent(label.fileName).path))
                } catch {
                    refused.append(tr("label-dialog.refused.one", p.amazonOrderId, Sentence.end("\(error)")))
                }
            }
            return .labels(.queued(queued, refused: refused))
        case .watch(let ids):
            do { return .labels(.progress(try ids.compactMap { try store.label(id: $0) })) } catch { return .loadFailed("\(error)") }
        }
    }
}
