extension Catalogue {
    /// The console's "buy a label": the rates list, the question, the marked orders' labels.
    static let labelDialogGerman = #"""
    label-dialog.title.one = Etikett kaufen
    label-dialog.title.many = Etiketten kaufen
    label-dialog.heading.one = Versandetikett für {1} ({2}), gekauft über Amazon
    label-dialog.heading.many = {1} {1|markierte Bestellung|markierte Bestellungen}, je mit dem günstigsten pünktlichen Tarif:
    label-dialog.parcel = Paket {1} · Tarife gültig bis {2} UTC
    label-dialog.format = Format: {1}  (f ändert)
    label-dialog.asking.rates = Amazon wird nach Versandtarifen gefragt …
    label-dialog.column.service = VERSANDSERVICE
    label-dialog.column.price = PREIS
    label-dialog.column.promise = ZUSTELLUNG
    label-dialog.total = Summe {1}
    label-dialog.question.one = {1} für {2} als {3}-Etikett kaufen?
    label-dialog.question.many = {1} {3}-{1|Etikett|Etiketten} für {2} kaufen?
    label-dialog.sending = Wird eingereiht …
    label-dialog.keys.one = ↑↓ wählen · f Format · Enter kaufen · ^R neu fragen · ^T zurück · Esc schließen
    label-dialog.keys.many = f Format · Enter kaufen · ^R neu fragen · ^T zurück · Esc schließen
    label-dialog.offer.one = ^T kauft stattdessen ein Etikett über Amazon, mit eigener Sendungsnummer.
    label-dialog.offer.many = ^T kauft stattdessen Etiketten über Amazon, je den günstigsten pünktlichen Tarif.
    label-dialog.key.switch = Etikett über Amazon kaufen, oder zurück zur Sendungsnummer (Versanddialog)
    label-dialog.key.refresh = Amazon neu nach Versandtarifen fragen (Etikett kaufen)
    label-dialog.key.format = nächstes Etikettenformat, PDF, ZPL oder PNG, nur für diesen Kauf (Etikett kaufen; in anderen Dialogen wird f getippt)
    label-dialog.key.switch.whynot = ^T geht im Versanddialog: es kauft ein Etikett über Amazon.
    label-dialog.key.refresh.whynot = ^R fragt Amazon neu nach Versandtarifen, während du ein Etikett kaufst.
    label-dialog.rates.failed = Amazon hat keine Versandtarife geschickt: {1}. Drück ^R, um neu zu fragen
    label-dialog.nosync = diese Konsole ist nicht mit Amazon verbunden, daher gibt es keine Versandtarife
    label-dialog.no = Kein Etikett für {1} gekauft: nichts wurde geändert.
    label-dialog.asking = Amazon hat noch nicht geantwortet: warte auf die Versandtarife.
    label-dialog.nothing = Es gibt keinen Versandtarif zu kaufen.
    label-dialog.format.enter = Wähl einen Tarif, dessen Etikett es als {1} gibt, oder drück f für ein anderes Format.
    label-dialog.expired = Die Versandtarife sind älter als 10 Minuten: drück ^R, um Amazon neu zu fragen.
    label-dialog.refused.one = {1}: {2}
    label-dialog.buying.one = Etikett für {1} wird gekauft: {2} für {3}. Es wird gespeichert unter {4}
    label-dialog.buying.many = {1} {1|Etikett wird|Etiketten werden} gekauft: gespeichert in {2}
    label-dialog.left.noshipby = Amazon nennt keine Versandfrist, daher lässt sich kein Tarif daran prüfen
    label-dialog.left.late = kein Tarif stellt bis {1} UTC zu (am frühesten: {2} UTC)
    label-dialog.left.nopromise = kein Tarif verspricht die Zustellung bis {1} UTC
    label-dialog.left.format = kein Tarif bietet ein {1}-Etikett: drück f für ein anderes Format
    """#
}
