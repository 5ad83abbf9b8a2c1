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

    public static func state(_ state: OutboxState) -> String {
        switch state {
        case .queued: tr("outbox.state.queued")
        case .uploaded: tr("outbox.state.uploaded")
        case .submitting: tr("outbox.state.submitting")
        case .submitted: tr("outbox.state.submitted")
        case .done: tr("outbox.state.done")
        case .failed: tr("outbox.state.failed")
        }
    }
}
