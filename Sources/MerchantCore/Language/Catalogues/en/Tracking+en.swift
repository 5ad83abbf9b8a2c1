extension Catalogue {
    /// Where a bought label's parcel is: `merchant track`.
    static let trackingEnglish = #"""
    # merchant track
    tracking.help.abstract = Where an order's parcels are: the carrier's events for its bought labels.
    tracking.help.discussion = Asks Amazon now (Buy Shipping tracking) for each label bought for the order and not voided, and shows the carrier's events, oldest first.
    tracking.none = {1} has no bought label to track: buy one with merchant rates {1}, then merchant label {1} --rate RATE_ID
    tracking.title = {1}, tracking number {2}
    tracking.status = Now: {1}
    tracking.status.unknown = the carrier says nothing yet
    tracking.status.pretransit = label created, not picked up yet
    tracking.status.intransit = on its way
    tracking.promised = Delivery promised by {1} UTC
    tracking.noevents = No events from the carrier yet.
    tracking.event.created = label created, waiting for pickup
    tracking.event.pickedup = picked up by the carrier
    tracking.event.departed = left the carrier's depot
    tracking.event.arrived = arrived at the carrier's depot
    tracking.event.outfordelivery = out for delivery
    tracking.event.delivered = delivered
    tracking.event.attempted = delivery attempted, nobody in
    tracking.event.lost = lost
    tracking.event.rejected = refused by the buyer
    tracking.event.undeliverable = undeliverable
    tracking.event.pickupcancelled = pickup cancelled, the label was voided
    tracking.event.returning = on its way back to you
    tracking.event.collect = ready for the buyer to collect
    tracking.event.rescheduled = the buyer asked for another delivery time
    """#
}
