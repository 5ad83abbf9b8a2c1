extension Catalogue {
    /// The dialogs: ship, ship the marked, cancel, refund, the blocked order's fix, the quit question, and what they share.
    static let dialogsGerman = #"""
    # The keys of every dialog
    dialog.key.confirm = bestätigen (bei einer Frage wirkt nur Ja)
    dialog.key.confirm.hint = bestätigen
    dialog.key.close = schließen; nichts wird geändert
    dialog.key.close.hint = schließen
    dialog.key.next = nächstes Feld
    dialog.key.next.hint = weiter
    dialog.key.previous = voriges Feld
    dialog.key.left = vorige Auswahl; eine Einheit weniger
    dialog.key.right = nächste Auswahl; eine Einheit mehr
    dialog.key.right.hint = wählen
    dialog.key.edit = im Textfeld: ←/→, Home und End bewegen den Cursor, Getipptes kommt an seine Stelle, ^U leert das Feld
    dialog.closed = Geschlossen: nichts wurde geändert.
    dialog.notice.close = Eine beliebige Taste schließt das.
    # Fields (labels: at most 10 columns) and the question's answers (y and n stay the keys)
    dialog.field.carrier = Dienst
    dialog.field.name = Name
    dialog.field.tracking = Sendung
    dialog.field.date = Datum
    dialog.field.items = Artikel
    dialog.field.reason = Grund
    dialog.field.refund = Erstattung
    dialog.field.amount = Betrag
    dialog.field.product = Produkt
    dialog.field.on-hand = Bestand
    dialog.picker.hint = ←→ oder ein Buchstabe
    dialog.carrier.other = Sonstige
    dialog.tracking.valid = gültig
    dialog.tracking.valid.as = gültig: {1}
    dialog.tracking.not-valid = ungültig
    dialog.date.now = jetzt
    dialog.date.utc = {1} UTC
    dialog.reason.choose = bitte wählen
    dialog.reason.first = Wähle zuerst Amazons Grund (Grund, ←/→).
    dialog.buyer-gets = der Käufer bekommt {1} zurück
    dialog.no = Nein
    dialog.yes = Ja
    dialog.answer.hint = ←→ oder j/n; Enter antwortet
    # Why Enter did not go through: {1} is one of the "cannot" words below, {2} the reason
    dialog.cannot = {1}: {2}
    dialog.refused = Abgelehnt: {1} Nichts wurde geändert.
    dialog.refused.flash = Abgelehnt: {1}. Nichts wurde geändert.
    # Ship one order
    dialog.ship.title = Bestellung versenden · Enter versendet · Esc schließt
    dialog.ship.heading = {1} · {2} · {3} {3|Einheit|Einheiten} zu versenden
    dialog.ship.cancel-instead = Esc, dann c, storniert sie stattdessen.
    dialog.ship.items = Einheiten, die jetzt rausgehen; weniger versendet einen Teil
    dialog.ship.shipped = versendet
    dialog.ship.of = von {1}
    dialog.ship.reminder = Käufernachrichten erreichen dich nur in Seller Central, nicht hier.
    dialog.ship.anyway.parcel = Trotzdem versenden? Nur wenn es wirklich ein Paket mit jener Bestellung ist.
    dialog.ship.anyway.cancel = Trotzdem versenden? Nur wenn sie raus muss, obwohl der Käufer stornieren will.
    dialog.ship.cannot = Noch nicht versendbar
    dialog.not-shipped = Nicht versendet: {1}
    # Ship the marked orders
    dialog.bulk.title = Markierte versenden · Enter versendet alle · Esc schließt
    dialog.bulk.heading = {1} {1|markierte Bestellung|markierte Bestellungen}, jetzt mit einem Versanddienst: alle oder keine.
    dialog.bulk.column.order = BESTELLUNG
    dialog.bulk.column.buyer = KÄUFER
    dialog.bulk.column.tracking = SENDUNG
    dialog.bulk.anyway = Trotzdem versenden? {1|Der Käufer dieser Bestellung will|Die Käufer dieser Bestellungen wollen} stornieren: nur wenn es sein muss.
    dialog.bulk.not-shipped = Nicht versendet: {1|der Käufer|die Käufer} von {2} {1|will|wollen} stornieren. Esc, dann Space hebt eine Markierung auf.
    # Cancel an order
    dialog.cancel.title = Bestellung stornieren · Esc schließt
    dialog.cancel.question = Bestellung {1} für {2} auf Amazon stornieren?
    dialog.cancel.facts = Gesamt {1} · {2} {2|Einheit|Einheiten} · noch nichts versendet
    # {1}: "buyer asks to cancel: reason"
    dialog.cancel.request = Der {1}
    dialog.cancel.stock.back = die Einheiten kommen zurück ins Regal
    dialog.cancel.stock.gone = die Einheiten werden ausgebucht: keine da
    dialog.cancel.ask = Stornieren kann nicht rückgängig gemacht werden. Bestellung stornieren?
    dialog.cancel.no = Nicht storniert: {1} bleibt unverändert.
    dialog.cancel.cannot = Noch nicht stornierbar
    # Refund an order
    dialog.refund.title = Bestellung erstatten · Esc schließt
    dialog.refund.question = Bestellung {1} für {2} erstatten?
    dialog.refund.total = Gesamt {1} · in der Konsole erstattet {2}
    dialog.refund.on-amazon = bei Amazon erstattet {1} (getrennt)
    dialog.refund.left = noch erstattbar {1}
    dialog.refund.arrived = Die Retoure ist angekommen
    dialog.refund.returning = Die Retoure des Käufers ist unterwegs
    dialog.refund.suggested = {1}: {2} vorgeschlagen.
    dialog.refund.would-fail = würde fehlschlagen, {1}
    dialog.refund.ask = Amazon erfährt es sofort. Diese Bestellung erstatten?
    dialog.refund.no = Nicht erstattet: {1} bleibt unverändert.
    dialog.refund.cannot = Noch nicht erstattbar
    # Fix a blocked order
    dialog.fix.title = Blockierte Bestellung · {1} · Esc schließt
    dialog.fix.heading = Bestellung {1} kann nicht importiert werden:
    dialog.fix.action = Enter behebt
    dialog.fix.action.map = Enter ordnet zu
    dialog.fix.action.restock = Enter speichert
    dialog.fix.action.enable = Enter aktiviert
    dialog.fix.action.none = hier nichts zu tun
    dialog.fix.map = Ordne die Amazon-SKU {1} einem Produkt im Katalog zu: ihre Bestellungen nehmen dessen Bestand.
    dialog.fix.disabled = (deaktiviert)
    dialog.fix.no-product.name = kein Produkt
    dialog.fix.restock = Bestand von {1} auffüllen: {2} {2|Einheit fehlt|Einheiten fehlen}. Gib jetzt den Bestand ein.
    dialog.fix.enable = {1} aktivieren: es wird wieder verkauft, auf Amazon und im Shop.
    dialog.fix.asin = Setze die ASIN des Produkts auf der Kommandozeile: merchant catalog set SKU --asin ASIN.
    dialog.fix.next-sync = Sobald behoben, wird die Bestellung bei der nächsten Synchronisierung importiert.
    dialog.fix.no-product = der Katalog hat kein Produkt, dem sie zugeordnet werden kann
    dialog.fix.whole-number = gib den Bestand als ganze Zahl ein, etwa 12
    dialog.fix.command-line = diese Sperre behebst du auf der Kommandozeile: merchant catalog set SKU --asin ASIN
    dialog.fix.cannot = Noch nicht behebbar
    dialog.fix.done.map = Die Amazon-SKU {1} nimmt jetzt den Bestand von {2}.
    dialog.fix.done.stock = {1} hat {2} auf Lager.
    dialog.fix.done.enable = {1} ist aktiviert.
    dialog.fix.fixed = Behoben
    dialog.fix.fixed.text = {1} Bestellung {2} wird bei der nächsten Synchronisierung importiert; R synchronisiert sofort.
    dialog.fix.saved = Gespeichert: {1} {2} wird bei der nächsten Synchronisierung importiert.
    # Quit while work would be lost
    dialog.quit.title = Beenden? · Esc arbeitet weiter
    dialog.quit.question = merchant beenden? {1}: das geht verloren.
    dialog.quit.marked.one = die markierte Bestellung
    dialog.quit.marked = die {1} markierten Bestellungen
    dialog.quit.typed = was du im Dialog getippt hast
    """#
}
