extension Catalogue {
    /// The console's "buy a label": the rates list, the question, the marked orders' labels.
    static let labelDialogGerman = #"""
    labelDialog.title.one = Etikett kaufen
    labelDialog.title.many = Etiketten kaufen
    labelDialog.heading.one = Versandetikett für {1} ({2}), gekauft über Amazon
    labelDialog.heading.many = {1} {1|markierte Bestellung|markierte Bestellungen}, je mit dem günstigsten pünktlichen Tarif:
    labelDialog.parcel = Paket {1} · Tarife gültig bis {2} UTC
    labelDialog.asking.rates = Amazon wird nach Versandtarifen gefragt …
    labelDialog.column.service = VERSANDSERVICE
    labelDialog.column.price = PREIS
    labelDialog.column.promise = ZUSTELLUNG
    labelDialog.total = Summe {1}
    labelDialog.question.one = {1} für {2} kaufen?
    labelDialog.question.many = {1} {1|Etikett|Etiketten} für {2} kaufen?
    labelDialog.sending = Wird eingereiht …
    labelDialog.keys.one = ↑↓ wählen · Enter kaufen · ^R neu fragen · ^T zurück · Esc schließen
    labelDialog.keys.many = Enter kaufen · ^R neu fragen · ^T zurück · Esc schließen
    labelDialog.offer.one = ^T kauft stattdessen ein Etikett über Amazon, mit eigener Sendungsnummer.
    labelDialog.offer.many = ^T kauft stattdessen Etiketten über Amazon, je den günstigsten pünktlichen Tarif.
    labelDialog.key.switch = Etikett über Amazon kaufen, oder zurück zur Sendungsnummer (Versanddialog)
    labelDialog.key.refresh = Amazon neu nach Versandtarifen fragen (Etikett kaufen)
    labelDialog.key.switch.whynot = ^T geht im Versanddialog: es kauft ein Etikett über Amazon.
    labelDialog.key.refresh.whynot = ^R fragt Amazon neu nach Versandtarifen, während du ein Etikett kaufst.
    labelDialog.nosync = diese Konsole ist nicht mit Amazon verbunden, daher gibt es keine Versandtarife
    labelDialog.no = Kein Etikett für {1} gekauft: nichts wurde geändert.
    labelDialog.asking = Amazon hat noch nicht geantwortet: warte auf die Versandtarife.
    labelDialog.nothing = Es gibt keinen Versandtarif zu kaufen.
    labelDialog.expired = Die Versandtarife sind älter als 10 Minuten: drück ^R, um Amazon neu zu fragen.
    labelDialog.refused.one = {1}: {2}
    labelDialog.buying.one = Etikett für {1} wird gekauft: {2} für {3}. Es wird gespeichert unter {4}
    labelDialog.buying.many = {1} {1|Etikett wird|Etiketten werden} gekauft: gespeichert in {2}
    labelDialog.left.noshipby = Amazon nennt keine Versandfrist, daher lässt sich kein Tarif daran prüfen
    labelDialog.left.late = kein Tarif stellt bis {1} UTC zu (am frühesten: {2} UTC)
    labelDialog.left.nopromise = kein Tarif verspricht die Zustellung bis {1} UTC
    """#
}
