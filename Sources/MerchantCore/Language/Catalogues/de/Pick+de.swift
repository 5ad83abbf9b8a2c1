extension Catalogue {
    /// The Pick pane (7): the pick list in the console, and printing it.
    static let pickGerman = #"""
    pick.pane = Pickliste
    pick.tab = Pickliste
    pick.reading = Pickliste wird gelesen…
    pick.title = Pickliste · {1} {1|Einheit|Einheiten} von {2} {2|Produkt|Produkten} für {3} {3|Bestellung|Bestellungen}
    pick.column.orders = BESTELLUNG
    pick.orders.more = +{1} mehr
    pick.orders.count = {1} {1|Bestellung|Bestellungen}
    pick.bin.none = kein Lagerplatz
    pick.detail.text = {1}: {2} {2|Einheit|Einheiten} für {3} {3|Bestellung|Bestellungen}: {4}
    pick.nothing = nichts zu picken: keine Bestellung wartet darauf, dass du sie versendest
    pick.key.enter = alle Bestellungen, in die das Produkt geht, mit Stückzahl
    pick.key.enter.hint = Bestellungen
    pick.key.print = die Pickliste drucken (lp, A4), wie merchant picklist --print
    pick.key.print.hint = drucken
    pick.print.sending = Pickliste geht an den Drucker…
    pick.print.failed = Nicht gedruckt: {1}
    pick.print.unavailable = diese Konsole hat keinen Drucker, an den sie schicken kann.
    """#
}
