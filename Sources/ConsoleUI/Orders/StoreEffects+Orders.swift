import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// The windows of a list (forwards, or backwards for the list's end), and the order actions: the same store operations as
    /// `merchant ship` and `merchant cancel`, which check every rule again and refuse with their reasons (R30).
    func performOrderEffect(_ effect: Effect) throws -> Message? {
        switch effect {
        case .loadOrders(let kind, let query):
            if let text = query.search {
                return .ordersLoaded(kind, query, try store.search(text, after: query.after, limit: query.limit), count: try store.searchCount(text))
            }
            let rows = try store.orders(filter: query.filter, sort: query.sort, after: query.after, limit: query.limit)
            return .ordersLoaded(kind, query, rows, count: try store.orderCount(filter: query.filter, sort: query.sort))
        case .loadOrdersAbove(let kind, let query):
            let rows = if let text = query.search {
                try store.search(text, before: query.after, limit: query.limit)
            } else {
                try store.orders(filter: query.filter, sort: query.sort, before: query.after, limit: query.limit)
            }
            return .ordersAboveLoaded(kind, query, rows)
        case .prepareAction(let action, let ids):
            return .actionPrepared(action, try ids.map(store.orderDetail))
        case .ship(let request):
            do {
                return .shipped([try store.ship(request, actor: actor, at: now())])
            } catch let refusal as ActionRefusal {
                // The same rule the command line meets; here the dialog asks instead of a flag (R13).
                if case .parcelOfOtherOrder = refusal { return .parcelOfOtherOrder(request, reason: refusal.description) }
                if case .buyerAsksToCancel = refusal { return .buyerAsksToCancel(request, reason: refusal.description) }
                return .refused(refusal.description)
            } catch {
                return .refused("\(error)")
            }
        case .shipAll(let requests):
            do { return .shipped(try store.shipAll(requests, actor: actor, at: now())) } catch { return .refused("\(error)") }
        case .cancel(let id, let reason, let refund):
            do { return .cancelled(try store.cancel(id, reason: reason, refund: refund, actor: actor, at: now())) } catch { return .refused("\(error)") }
        default:
            return nil
        }
    }
}
