extension Catalogue {
    /// The Outbox pane.
    static let outboxGerman = #"""
    outbox.key.all = Aktivitäten: was du getan hast, oder auch die Routine der Synchronisierung
    outbox.key.all.hint = alle/deine
    outbox.title = Wartet auf Amazon · {1} {1|Nachricht|Nachrichten}
    outbox.title.refused = {1} von Amazon abgelehnt
    outbox.title.not-sent = {1} nicht gesendet
    outbox.title.window = (letzte {1} Tage)
    outbox.column.kind = ART
    outbox.column.subject = BEZUG
    outbox.column.state = STATUS
    outbox.column.tries = VERS.
    outbox.column.queued = SEIT
    outbox.column.error = FEHLER
    outbox.empty = Nichts wartet auf Amazon, und in den letzten {1} Tagen wurde nichts abgelehnt.
    # A message's kind and state (15 and 10 columns)
    outbox.kind.acknowledgement = Bestellbestät.
    outbox.kind.inventory = Mengenupdate
    outbox.kind.shipment = Versandbestät.
    outbox.kind.cancellation = Stornierung
    outbox.kind.refund = Erstattung
    outbox.kind.fulfillment = FBA-Auftrag
    outbox.kind.fulfillment-cancel = FBA-Storno
    outbox.state.queued = wartet
    outbox.state.uploaded = übertragen
    outbox.state.submitting = sendet
    outbox.state.submitted = gesendet
    outbox.state.done = erledigt
    # eine gescheiterte Nachricht: von Amazon abgelehnt, oder von der Konsole nicht gesendet (höchstens 10 Zeichen)
    outbox.state.refused = abgelehnt
    outbox.state.not-sent = ungesendet
    # The activity log below
    outbox.activity.yours = Aktivitäten · deine, neueste zuerst · a: auch die des Syncs (j/k blättert)
    outbox.activity.all = Aktivitäten · alle, auch die Routine des Syncs · a: nur deine (j/k blättert)
    outbox.activity.none = Noch nichts getan.
    outbox.activity.none.yours = Du hast noch nichts getan: a zeigt die Zeilen des Syncs.
    # die Art einer Aktivitätszeile (höchstens 9 Zeichen)
    outbox.activity.ship = Versand
    outbox.activity.cancel = Storno
    outbox.activity.import = Import
    outbox.activity.blocked = blockiert
    outbox.activity.payment = Zahlung
    outbox.activity.status = Status
    outbox.activity.reservation = Reserv.
    outbox.activity.catalog = Katalog
    outbox.activity.setting = Einstell.
    outbox.activity.connect = Konto
    outbox.activity.notifications = Benachr.
    outbox.activity.shop-order = Shop
    """#
}
