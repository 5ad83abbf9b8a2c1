extension Catalogue {
    /// Was der Speicher für später festhält, in jeder Sprache: Verlauf, Hinweise und Aktivitätszeilen.
    static let storedWordsGerman = #"""
    # der Verlauf einer Bestellung
    store.history.received = eingegangen als {1}
    store.history.imported = als eigene Bestellung #{1} importiert
    store.history.no-longer-asks = der Käufer möchte nicht mehr stornieren
    store.history.cancelled = von dir storniert ({1}), Erstattung {2}
    store.history.shipped = versendet mit {1} {2}{3}
    store.history.shipped-part = teilweise versendet ({1} {1|Einheit|Einheiten}) mit {2} {3}{4}
    store.history.despite-request = obwohl der Käufer um Stornierung gebeten hat
    store.history.return-arrived = Paket {1}: Retoure angekommen, Erstattung angefordert
    store.history.return-on-its-way = Paket {1}: Retoure unterwegs, Erstattung angefordert
    store.history.refund-failed = Erstattung fehlgeschlagen: {1}
    store.history.refunded-on-amazon = {1} bei Amazon erstattet (nicht von der Konsole)
    store.history.refund-not-sent = Erstattung nicht gesendet: {1}
    store.history.refund-of-not-sent = Erstattung von {1} nicht gesendet: {2}
    store.history.refund-by-merchant = Erstattung von {1} durch dich ({2})
    # Amazons Bestellstatus im Verlauf
    store.amazon-status.pending-availability = Vorbestellung
    store.amazon-status.pending = ausstehend
    store.amazon-status.unshipped = nicht versendet
    store.amazon-status.partially-shipped = teilweise versendet
    store.amazon-status.shipped = versendet
    store.amazon-status.cancelled = storniert
    store.amazon-status.unfulfillable = nicht ausführbar
    # Hinweise zu Erstattung, Postausgang und Shop-Bestellung
    store.notice.amazon-refused = Amazon hat abgelehnt, mit den Worten: „{1}“
    store.notice.refused-after-amazons-own = schon bei Amazon erstattet ({1} direkt dort erstattet); Amazons Worte: „{2}“
    store.notice.superseded = durch die Stornierung überholt
    store.notice.cancelled-before-sending = vor dem Senden storniert
    store.notice.merchant-cancelled-fba = du hast den Versand durch Amazon zurückgeholt
    store.notice.fulfillment-status = Amazons FBA-Auftrag ist {1}
    store.notice.amazon-cannot-fulfil = Amazon kann ihn nicht ausführen: {1}
    store.notice.cancellation-failed = die Stornierung ist fehlgeschlagen: {1}
    # Aktivitätszeilen
    store.activity.ship-from = Absenderadresse: {1} → {2}
    store.activity.fulfillment = Amazons FBA-Auftrag {1} ist {2}
    store.activity.fulfillment-shipped = Amazons FBA-Auftrag {1} ist {2}, versendet mit {3} {4}
    store.activity.shop-shipped = {1} versendet mit {2} {3} am {4}
    store.activity.fba-not-sent = {1}: Versand durch Amazon zurückgeholt, bevor er gesendet wurde
    store.activity.fba-cancel-asked = {1}: Amazon wird gebeten, den FBA-Auftrag zu stornieren
    store.activity.waits-for-merchant = {1} wartet darauf, dass du versendest: {2}
    store.activity.shop-order-fba = {1} für {2}: geht bei der nächsten Synchronisierung an Amazon (FBA)
    store.activity.shop-order-merchant = {1} für {2}: du versendest sie
    store.activity.shop-order-merchant-why = {1} für {2}: du versendest sie ({3})
    store.activity.notifications-connected = Bestellbenachrichtigungen verbunden mit {1}
    store.activity.notifications-disconnected = Bestellbenachrichtigungen getrennt von {1}
    # die Änderung eines Produkts: „Bestand 3 → 5, aktiviert aus → an“
    store.diff.stock = Bestand
    store.diff.enabled = aktiviert
    store.diff.amazon-stock = Bestand für Amazon
    store.diff.amazon-price = Preis für Amazon
    store.diff.handling-days = Bearbeitungszeit (Tage)
    store.diff.weight = Gewicht
    store.diff.size = Abmessungen
    store.diff.bin = Lagerplatz
    store.diff.on = an
    store.diff.off = aus
    store.diff.none = keine
    """#
}
