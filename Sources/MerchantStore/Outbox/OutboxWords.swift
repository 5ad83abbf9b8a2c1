import MerchantCore

/// A message's kind and state as the merchant reads them, in the Outbox pane and `merchant outbox`. The store keeps
/// its own codes; `--json` writes those.
public enum OutboxWords {
    public static func kind(_ kind: OutboxKind) -> String {
        switch kind {
        case .acknowledgement: tr("outbox.kind.acknowledgement")
        case .inventory: tr("outbox.kind.inventory")
        case .shipment: tr("outbox.kind.shipment")
        case .cancellation: tr("outbox.kind.cancellation")
        case .refund: tr("outbox.kind.refund")
        case .fulfillment: tr("outbox.kind.fulfillment")
        case .fulfillmentCancel: tr("outbox.kind.fulfillment-cancel")
        case .label: tr("labels.outbox.kind.label")
        case .labelVoid: tr("labels.outbox.kind.void")
        }
    }

    /// An activity line's kind (`ActivityEntry.kind`, a code `--json` keeps) as the merchant reads it; an outbox
    /// message's kind in its words; a code this version does not know as it is.
    public static func activity(_ kind: String) -> String {
        if let outbox = OutboxKind(rawValue: kind) { return Self.kind(outbox) }
        switch kind {
        case "ship": return tr("outbox.activity.ship")
        case "cancel": return tr("outbox.activity.cancel")
        case "import": return tr("outbox.activity.import")
        case "blocked": return tr("outbox.activity.blocked")
        case "payment": return tr("outbox.activity.payment")
        case "status": return tr("outbox.activity.status")
        case "reservation": return tr("outbox.activity.reservation")
        case "catalog": return tr("outbox.activity.catalog")
        case "setting": return tr("outbox.activity.setting")
        case "connect": return tr("outbox.activity.connect")
        case "notifications": return tr("outbox.activity.notifications")
        case "shop order": return tr("outbox.activity.shop-order")
        default: return kind
        }
    }

    /// A message's state; a failed one says who refused it: Amazon, or the console, which did not send it.
    public static func state(of message: OutboxMessage) -> String {
        switch message.state {
        case .queued: tr("outbox.state.queued")
        case .uploaded: tr("outbox.state.uploaded")
        case .submitting: tr("outbox.state.submitting")
        case .submitted: tr("outbox.state.submitted")
        case .done: tr("outbox.state.done")
        case .failed: message.refusedBy == .console ? tr("outbox.state.not-sent") : tr("outbox.state.refused")
        }
    }
}
