extension Catalogue {
    /// Where a bought label's parcel is: `merchant track`.
    static let trackingGerman = #"""
    # merchant track
    tracking.help.abstract = Wo die Pakete einer Bestellung sind: die Ereignisse des Versanddienstes zu ihren gekauften Versandetiketten.
    tracking.help.discussion = Fragt Amazon jetzt (Sendungsverfolgung von Buy Shipping) für jedes gekaufte, nicht stornierte Versandetikett der Bestellung und zeigt die Ereignisse des Versanddienstes, älteste zuerst.
    tracking.none = {1} hat kein gekauftes Versandetikett zum Verfolgen: kauf eines mit merchant rates {1}, dann merchant label {1} --rate RATE_ID
    tracking.title = {1}, Sendungsnummer {2}
    tracking.status = Jetzt: {1}
    tracking.status.unknown = der Versanddienst meldet noch nichts
    tracking.status.pretransit = Versandetikett erstellt, noch nicht abgeholt
    tracking.status.intransit = unterwegs
    tracking.promised = Zustellung zugesagt bis {1} UTC
    tracking.noevents = Noch keine Ereignisse vom Versanddienst.
    tracking.event.created = Versandetikett erstellt, wartet auf Abholung
    tracking.event.pickedup = vom Versanddienst abgeholt
    tracking.event.departed = hat das Depot verlassen
    tracking.event.arrived = im Depot angekommen
    tracking.event.outfordelivery = in Zustellung
    tracking.event.delivered = zugestellt
    tracking.event.attempted = Zustellversuch, niemand angetroffen
    tracking.event.lost = verloren gegangen
    tracking.event.rejected = vom Käufer abgelehnt
    tracking.event.undeliverable = nicht zustellbar
    tracking.event.pickupcancelled = Abholung abgesagt, das Versandetikett wurde storniert
    tracking.event.returning = auf dem Rückweg zu dir
    tracking.event.collect = liegt zur Abholung für den Käufer bereit
    tracking.event.rescheduled = der Käufer wünscht einen anderen Zustelltermin
    """#
}
