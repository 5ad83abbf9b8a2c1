import Foundation
import MerchantCore
import MerchantStore

extension StoreEffects {
    /// The windows of a list (forwards, or backwards for the list's end), and the order actions: the same store operations as
    /// `merchant ship`, `merchant cancel` and `merchant catalog`, which check every rule again and refuse with their reasons (R30).
    func performOrderEffect(_ effect: OrdersEffect) throws -> Message {
        switch effect {
        case .load(let kind, let query):
            if let text = query.search {
                return .orders(.loaded(kind, query, try store.search(text, after: query.after, limit: query.limit), count: try store.searchCount(text)))
            }
            let rows = try store.orders(filter: query.filter, sort: query.sort, after: query.after, limit: query.limit)
            return .orders(.loaded(kind, query, rows, count: try store.orderCount(filter: query.filter, sort: query.sort)))
        case .loadAbove(let kind, let query):
            let rows = if let text = query.search {
                try store.search(text, before: query.after, limit: query.limit)
            } else {
                try store.orders(filter: query.filter, sort: query.sort, before: query.after, limit: query.limit)
            }
            return .orders(.aboveLoaded(kind, query, rows))
        case .prepare(let action, let ids):
            return .orders(.prepared(action, try ids.map(store.orderDetail)))
        case .ship(let request):
            do {
                return .orders(.shipped([try store.ship(request, actor: actor, at: now())]))
            } catch let refusal as ActionRefusal {
                // The same rule the command line meets; here the dialog asks instead of a flag (R13).
                if case .parcelOfOtherOrder = refusal { return .orders(.parcelOfOtherOrder(request, reason: refusal.description)) }
                if case .buyerAsksToCancel = refusal { return .orders(.buyerAsksToCancel(request, reason: refusal.description)) }
                return .refused(refusal.description)
            } catch {
                return .refused("\(error)")
            }
        case .shipAll(let requests):
            do { return .orders(.shipped(try store.shipAll(requests, actor: actor, at: now()))) } catch { return .refused("\(error)") }
        case .cancel(let id, let reason, let refund):
            do { return .orders(.cancelled(try store.cancel(id, reason: reason, refund: refund, actor: actor, at: now()))) } catch { return .refused("\(error)") }
        case .fixBlocked(let id, let request):
            return performBlockedFix(id, request)
        }
    }

    /// The same operations as `merchant catalog map` and `merchant catalog set`: the store checks and logs them.
    func performBlockedFix(_ orderId: String, _ request: BlockedFixRequest) -> Message {
        do {
            switch request {
            case .mapSku(let amazonSku, let productSku):
                try store.mapSku(amazonSku: amazonSku, to: productSku, actor: actor, at: now())
            case .setStock(let sku, let count):
                _ = try store.updateProduct(sku: sku, ProductChange(stockOnHand: count), actor: actor, at: now())
            case .enable(let sku):
                _ = try store.updateProduct(sku: sku, ProductChange(enabled: true), actor: actor, at: now())
            }
            return .orders(.blockedFixed(orderId, request))
        } catch {
            return .refused("\(error)")
        }
    }
}
