extension Catalogue {
    /// The Settings pane.
    static let settingsGerman = #"""
    settings.key.toggle = an/aus umschalten (sofort gespeichert)
    settings.key.toggle.hint = umschalten
    settings.key.shorter = Sync-Intervall: kürzer
    settings.key.longer = Sync-Intervall: länger
    settings.key.stepped-only = sie ändert das Sync-Intervall: wähle zuerst diese Zeile
    settings.reading = Einstellungen werden gelesen…
    # The channel
    settings.channel = Vertriebskanal
    settings.seller = Verkäuferkonto
    settings.marketplaces = Marktplätze
    settings.connected = Verbunden seit
    settings.connected.value = {1} ({2}); ältere bleiben draußen
    settings.last-sync = Letzte Synchronisierung
    settings.last-sync.never = nie
    settings.last-attempt = Letzter Versuch
    settings.last-attempt.failed = {1} fehlgeschlagen: {2}
    settings.next-sync = Nächste Synchronisierung
    settings.next-sync.running = läuft gerade
    settings.next-sync.manual = nur mit R oder `merchant sync`
    # The switches, each with what it does as it stands
    settings.switches = Schalter · Space/Enter schaltet, sofort gespeichert, gilt ab nächstem Sync
    settings.import-orders.on = Amazon-Bestellungen werden übernommen
    settings.import-orders.off = Amazon-Bestellungen schreibgeschützt
    settings.import-pending.on = ausstehende werden sofort übernommen
    settings.import-pending.off = ausstehende warten auf die Zahlung
    settings.reserve-pending.on = ausstehende reservieren ihren Bestand
    settings.reserve-pending.off = ausstehende reservieren nichts
    settings.demo-trading.on = Käufer bestellen, zahlen, stornieren
    settings.demo-trading.off = simuliertes Amazon wartet: keine Käufer
    settings.interval.hint = ←/- kürzer, →/+ länger
    settings.language.hint = ←/→ oder Space
    # {1} is the name of the language the environment (LANG) gives
    settings.language.auto = automatisch ({1})
    settings.label-format.hint = ←/→ oder Space
    settings.value.on = an
    settings.value.off = aus
    # The products and their FBA switch
    settings.products = Produkte · Space schaltet FBA: Versand durch Amazon
    settings.column.on-hand = BESTAND
    settings.column.offered = ANGEBOT
    settings.column.at-amazon = BEI AMAZ.
    settings.column.product = PRODUKT
    settings.product.no-asin = ohne ASIN
    settings.products.at-amazon = BEI AMAZ.: was Amazon versenden kann (FBA); ? vor der ersten Synchronisierung
    # What was saved
    settings.saved = Gespeichert: {1} ist {2}; das gilt ab der nächsten Synchronisierung.
    settings.saved.language = Gespeichert: die Konsole spricht jetzt {1}.
    settings.saved.label-format = Gespeichert: Etiketten werden ab jetzt als {1} gekauft; f im Etikettendialog ändert es für ein Etikett.
    settings.saved.fba.on = Gespeichert: {1} wird durch Amazon versendet (FBA).
    settings.saved.fba.off = Gespeichert: {1} versendest du selbst (kein FBA).
    # Asked before a switch that changes who ships a product, or stops the import
    settings.ask.fba.title = Wer versendet dieses Produkt
    settings.ask.fba.on = {1} auf Versand durch Amazon (FBA) umstellen?
    settings.ask.fba.on.what = Ab der nächsten Synchronisierung versendet Amazon die Amazon-Bestellungen für {1} aus seinem eigenen Lager, und deine Shop-Bestellungen dafür gehen als FBA-Aufträge an Amazon. Dein eigener Bestand wird auf Amazon nicht mehr angeboten.
    settings.ask.fba.off = {1} wieder selbst versenden (kein FBA)?
    settings.ask.fba.off.what = Ab der nächsten Synchronisierung versendest du die Amazon- und Shop-Bestellungen für {1} selbst, und dein Bestand wird auf Amazon wieder angeboten.
    settings.ask.import.title = Amazon-Bestellungen importieren
    settings.ask.import.off = Keine Amazon-Bestellungen mehr importieren?
    settings.ask.import.off.what = Ab der nächsten Synchronisierung werden neue Amazon-Bestellungen nur noch gespeichert und schreibgeschützt angezeigt: keine eigene Bestellung, kein Bestand abgebucht, hier nichts zu versenden; du bearbeitest sie in Seller Central. Schon importierte Bestellungen bleiben, wie sie sind.
    """#
}
