extension Catalogue {
    /// Labels bought through Amazon Shipping: rates, labels, voids.
    static let labelsGerman = #"""
    # Refusals (LabelRefusal)
    labels.refusal.missing.weight = {1} hat noch kein Paketgewicht: gib es mit --weight an (etwa 350g)
    labels.refusal.missing.size = {1} hat noch keine Paketabmessungen: gib sie mit --size an (etwa 20x15x10cm)
    labels.refusal.missing.both = {1} hat noch kein Paketgewicht und keine Abmessungen: gib sie mit --weight (etwa 350g) und --size (etwa 20x15x10cm) an
    labels.refusal.weight = „{1}“ ist kein Gewicht: schreib es wie 350g oder 1,2kg
    labels.refusal.size = „{1}“ sind keine Paketabmessungen: schreib sie wie 20x15x10cm oder 200x150x100mm
    labels.refusal.from.missing = es gibt noch keine Absenderadresse: merchant settings set ship-from „Name; Straße 1; 10115; Berlin; DE“ (oder --from mit derselben)
    labels.refusal.missing.products = {1} kann noch nicht bepreist werden: {2} hat kein Gewicht oder keine Größe (merchant catalog set {3} --weight 350g --size 20x15x10cm)
    labels.refusal.norates = für {1} gibt es noch keine Versandtarife: führe zuerst `merchant rates {1}` aus
    labels.refusal.expired = die Versandtarife sind älter als 10 Minuten: führe `merchant rates {1}` noch einmal aus
    labels.refusal.unknownrate = {2} ist keiner der Versandtarife für {1}: `merchant rates {1}` zeigt sie
    labels.refusal.format = das Versandetikett dieses Tarifs gibt es als {1}, nicht als {2}
    labels.refusal.exists = {1} hat schon ein Versandetikett mit der Sendungsnummer {2}: storniere es zuerst (merchant label {1} --void)
    labels.refusal.buying = für {1} wird gerade ein Versandetikett gekauft
    labels.refusal.nolabel = {1} hat kein Versandetikett, das du stornieren kannst
    labels.refusal.notbought = das Versandetikett für {1} ist noch nicht gekauft: storniere es, sobald es gekauft ist
    labels.refusal.window = das Versandetikett von {1} lässt sich nicht mehr stornieren: die 24-Stunden-Frist des Versanddienstes endete am {2} UTC
    labels.refusal.voidonly = --void braucht nur die Bestellnummer
    labels.refusal.needsrate = label braucht --rate RATE_ID (aus merchant rates {1}) oder --void
    labels.refusal.badformat = --format ist pdf, zpl oder png, nicht {1}
    # merchant rates
    labels.rates.title = Versandtarife für {1} ({2}), gültig bis {3} UTC:
    labels.rates.none = Amazon bietet keinen Versandtarif für {1}: prüfe Gewicht und Abmessungen des Pakets
    labels.rates.by = bis {1}
    labels.rates.nopromise = ohne voraussichtliche Zustellung
    labels.rates.protected = geschützt
    labels.rates.cheapest = am günstigsten
    labels.rates.fastest = am schnellsten
    labels.rates.buy = Kaufen mit: merchant label {1} --rate RATE_ID
    # merchant label
    labels.bought = Versandetikett gekauft: {1} für {2}, Sendungsnummer {3}. Gespeichert unter {4}
    labels.bought.confirmed = Amazon hat den Versand von {1} damit bestätigt: für dieses Paket geht keine Bestätigung raus.
    labels.refused = Amazon hat das Versandetikett für {1} nicht verkauft: {2}. Es wurde nichts gekauft.
    labels.queued = Versandetikett für {1} vorgemerkt: Amazon war nicht erreichbar ({2}); es wird bei der nächsten Synchronisierung gekauft (merchant sync).
    labels.voided = Versandetikett {1} storniert: das Paket gehört nicht mehr zu {2}.
    labels.void.refused = Amazon hat das Versandetikett von {1} nicht storniert: {2}. Das Paket bleibt bei der Bestellung.
    labels.void.queued = Stornierung des Versandetiketts für {1} vorgemerkt: Amazon war nicht erreichbar ({2}); sie geht bei der nächsten Synchronisierung raus.
    labels.noreason = ohne Angabe von Gründen
    labels.noanswer = keine Antwort
    labels.print.failed = das Versandetikett wurde nicht gedruckt ({2}); es liegt unter {1}
    labels.print.failedmore = {1}; {2} {2|weiteres Versandetikett|weitere Versandetiketten} ebenfalls nicht gedruckt
    labels.print.nostart = lp ließ sich nicht starten
    labels.print.exit = lp endete mit Exit-Code {1}
    # Die Druckereinstellung
    labels.printer.invalid = „{1}“ ist kein Druckername: schreib ihn, wie lpstat -p ihn zeigt, oder none
    labels.printer.none = keiner
    labels.printer.label = Drucker:
    labels.printer.set = Drucker: {1}. Etiketten, Lieferscheine und Picklisten gehen dorthin.
    labels.printer.auto = Ein gekauftes Versandetikett wird gedruckt, sobald es gespeichert ist.
    labels.printer.cleared = Kein Drucker eingestellt: --print nutzt den Standarddrucker des Systems.
    labels.activity.printer = Drucker: {1} → {2}
    labels.activity.printfailed = {1}: Versandetikett nicht gedruckt ({2}); es liegt unter {3}
    # Activity and order history
    labels.activity.queued = {1}: Versandetikett vorgemerkt, {2} für {3}
    labels.activity.voidqueued = {1}: Stornierung des Versandetiketts {2} vorgemerkt
    labels.activity.bought = {1}: Versandetikett gekauft, {2} {3} für {4}
    labels.history.voided = Versandetikett {1} storniert: das Paket ist zurückgenommen
    labels.history.shipped = versendet mit {1} {2} (Versandetikett über Amazon gekauft)
    # --help
    labels.help.rates.abstract = Die Versandtarife, die Amazon für das Paket einer Bestellung anbietet (Versand über Amazon, Buy Shipping).
    labels.help.rates.discussion = Zeigt Versanddienst, Versandservice, Preis, voraussichtliche Zustellung und den Schutz von Buy Shipping; der günstigste und der schnellste Tarif sind markiert. Kauf einen innerhalb von 10 Minuten mit merchant label ID --rate RATE_ID.
    labels.help.weight = Das Gewicht des Pakets, etwa 350g oder 1,2kg.
    labels.help.size = Die Abmessungen des Pakets, etwa 20x15x10cm oder 200x150x100mm.
    labels.help.from = Die Absenderadresse, wenn nicht die aus den Einstellungen: „Name; Straße 1; 10115; Berlin; DE“.
    labels.help.endpoint = Die URL eines SP-API-Endpunkts statt des eingebauten Simulators.
    labels.help.json = JSON ausgeben.
    labels.help.label.abstract = Das Versandetikett einer Bestellung über Amazon kaufen (Buy Shipping) oder stornieren.
    labels.help.label.discussion = Kauft einen Tarif aus merchant rates ID (innerhalb von 10 Minuten) und speichert das Versandetikett im Ordner labels/ des Datenordners. Amazon bestätigt den Versand selbst: die Bestellung bekommt ihr Paket mit der Sendungsnummer des Etiketts. --void storniert ein unbenutztes Versandetikett innerhalb der 24 Stunden des Versanddienstes und nimmt das Paket zurück.
    labels.help.rate = Der Tarif, den du kaufst, aus merchant rates ID.
    labels.help.format = pdf, zpl oder png; ohne die Option gilt die Einstellung label-format (sonst pdf).
    labels.help.print = Das Versandetikett mit lp drucken, auf dem eingestellten Drucker oder sonst dem Standarddrucker.
    labels.help.void = Stattdessen das Versandetikett der Bestellung stornieren.
    labels.help.yes = Nicht fragen: ein gekauftes Versandetikett belastet dein Verkäuferkonto, ein storniertes nimmt sein Paket von der Bestellung.
    labels.ask = {1} für {2} für die Bestellung {3}{4} kaufen? Amazon belastet dein Verkäuferkonto damit.
    labels.ask.to = an {1}
    labels.confirm = ein Versandetikett für {1} kostet {2}: bestätige den Kauf (--yes)
    labels.declined = Es wurde nichts gekauft.
    labels.void.ask = Versandetikett {1} der Bestellung {2} stornieren? Sein Paket gehört dann nicht mehr zur Bestellung.
    labels.void.confirm = wenn du das Versandetikett von {1} stornierst, gehört sein Paket nicht mehr zur Bestellung: bestätige es (--yes)
    labels.void.declined = Nicht storniert: das Versandetikett bleibt.
    # The Outbox pane's kinds
    labels.outbox.kind.label = Versandetikett
    labels.outbox.kind.void = Etikett-Storno
    """#
}
