extension Catalogue {
    /// The store's refusals and activity lines.
    static let storeGerman = #"""
    store.error.cannot-create = der Datenspeicher unter {1} kann nicht angelegt werden: prüfe, ob der Ordner existiert und beschreibbar ist
    store.error.damaged = der Datenspeicher {1} ist beschädigt oder gehört nicht zu merchant: spiel eine Sicherung zurück oder verschieb ihn, um neu anzufangen
    store.error.cannot-back-up = die Sicherungskopie {1} vor dem Aktualisieren kann nicht geschrieben werden: schaff Platz auf der Festplatte oder prüfe die Rechte des Ordners; der Datenspeicher wurde nicht geändert
    store.error.not-initialized = der Datenspeicher hat noch keine Verbindung zum Vertriebskanal: starte `merchant` einmal, um sie einzurichten
    store.error.unknown-order = es gibt keine Bestellung {1}
    store.error.refused-in-batch = Sendung {1}: {2}
    store.error.already-recorded = Anfrage {1} ist schon als Rückerstattung #{2} erfasst: es wurde nichts Neues gemacht
    store.error.holds-another-seller = dieser Datenordner enthält {1} {1|Amazon-Bestellung|Amazon-Bestellungen} des Verkäufers {2}: verbinde einen anderen Verkäufer in einem eigenen Datenordner (merchant --home DIR connect ...)
    store.shop.needs-product = eine Shop-Bestellung braucht mindestens ein Produkt
    store.shop.needs-name = eine Shop-Bestellung braucht den Namen des Käufers
    store.shop.needs-address = eine Shop-Bestellung braucht eine Straße und einen zweibuchstabigen Ländercode
    store.shop.order-at-least-one = {1}: bestell mindestens eins
    store.shop.no-fulfillment = {1} hat keinen FBA-Auftrag bei Amazon
    store.shop.being-sent = {1} wird gerade an Amazon gesendet: frag noch einmal, wenn die Synchronisierung ihn gesendet hat
    store.refund.empty-request-id = eine Anfrage-ID darf nicht leer sein
    store.refund.request-id-taken = Anfrage {1} war eine Rückerstattung einer anderen Bestellung oder eines anderen Betrags: gib dieser Rückerstattung eine eigene Anfrage-ID
    store.catalog.field.stock = Bestand
    store.catalog.field.amazon-stock = Bestand abweichend für Amazon
    store.no-reason-given = kein Grund angegeben
    store.ship.parcel-other-address = (ein Paket mit {1}, das an eine andere Adresse geht: absichtlich so versendet)
    store.ship.parcel-same-address = (ein Paket mit {1}: derselbe Käufer, dieselbe Adresse)
    # die Zeilen des Aktivitätsprotokolls
    store.activity.pending-cancelled = Amazon hat die ausstehende Bestellung {1} storniert: reservierter Bestand freigegeben
    store.activity.blocked = {1} kann nicht importiert werden: {2}
    store.activity.imported = {1} als eigene Bestellung #{2} importiert ({3})
    store.activity.paid = Amazon hat die Zahlung von {1} bestätigt: Details ergänzt
    store.activity.status = eigene Bestellung #{1} ist jetzt {2} (Amazon: {3})
    store.activity.cancelled = {1} storniert ({2}), {3} werden erstattet
    store.activity.refund-failed = Erstattung von {1} fehlgeschlagen: {2}
    store.activity.refunding = {1} für {2} werden erstattet ({3})
    store.activity.outbox-done = Amazon hat bestätigt: {1} für {2}
    store.activity.outbox-refused = Amazon hat abgelehnt: {1} für {2}: {3}
    store.activity.no-reason = ohne Angabe von Gründen
    store.activity.mapped = Amazon-SKU {1} nimmt jetzt Bestand von {2}
    store.activity.shipped = {1} versendet mit {2} {3}{4}
    store.activity.shipped-part = {1} teilweise versendet ({2} {2|Einheit|Einheiten}) mit {3} {4}{5}
    store.activity.connected = Konto {1} verbunden: {2}
    """#
}
