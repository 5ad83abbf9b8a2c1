extension Catalogue {
    /// Parcel facts, ship-from address, pick list, packing slip, scan to pack.
    static let parcelGerman = #"""
    # Paketdaten, vom Händler eingegeben
    parcel.error.weight = „{1}“ ist kein Gewicht: gib es mit Einheit an, etwa 350g, 0,35kg, 12oz oder 1,5lb
    parcel.error.grams = „{1}“: schreib Gramm als ganze Zahl, etwa 1200g, oder Kilogramm, etwa 1,2kg
    parcel.error.weight.range = ein Paket wiegt zwischen 1 g und 1000 kg
    parcel.error.size = „{1}“ sind keine Abmessungen: schreib Länge x Breite x Höhe mit Einheit, etwa 20x15x10cm oder 8x6x4in
    parcel.error.size.range = jede Seite eines Pakets misst zwischen 1 mm und 3 m
    parcel.error.gtin = „{1}“ ist keine GTIN: eine Barcode-Nummer hat 8, 12, 13 oder 14 Ziffern
    parcel.error.gtin.check = {1} ist keine gültige GTIN: die letzte Ziffer müsste {2} sein; prüf die Nummer auf dem Barcode
    parcel.error.gtin.taken = GTIN {1} gehört schon zu {2}: ein Barcode steht für genau ein Produkt
    parcel.error.bin.empty = ein Lagerplatz kann nicht leer sein: schreib none, um ihn zu löschen
    parcel.error.bin.long = „{1}“ ist zu lang für einen Lagerplatz: höchstens 20 Zeichen, etwa A-03-2
    parcel.error.bin.printable = ein Lagerplatz ist einfacher Text: Buchstaben, Ziffern und Zeichen, keine Steuerzeichen
    parcel.facts.bin = Lagerplatz {1}
    # Die Absenderadresse
    parcel.error.address.form = schreib die Adresse als Name; Straße; PLZ; Ort; Ländercode (eine Telefonnummer darf folgen)
    parcel.error.address.lines = eine Adresse hat eine bis drei Straßenzeilen
    parcel.error.address.name = der Adresse fehlt der Name
    parcel.error.address.street = der Adresse fehlt die Straße
    parcel.error.address.city = der Adresse fehlt der Ort
    parcel.error.address.long = jeder Teil der Adresse hat höchstens 60 Zeichen
    parcel.error.country = „{1}“ ist kein Ländercode: nimm die zwei Buchstaben, etwa DE, GB oder JP
    parcel.error.postal = „{1}“ ist keine Postleitzahl für {2}
    parcel.error.postal.example = „{1}“ ist keine Postleitzahl für {2}: schreib sie wie {3}
    parcel.error.phone = „{1}“ ist keine Telefonnummer: nur Ziffern, Leerzeichen und ein + am Anfang
    parcel.shipfrom.label = Absenderadresse:
    parcel.shipfrom.none = keine
    parcel.shipfrom.cleared = Absenderadresse: keine. Lieferscheine nennen dann keinen Absender.
    # Spalten der Pickliste und des Lieferscheins
    parcel.column.qty = STK
    parcel.column.bin = PLATZ
    parcel.column.title = TITEL
    parcel.column.item = ARTIKEL
    # Die Pickliste
    parcel.picklist.title = PICKLISTE: {1} {1|Einheit|Einheiten} von {2} {2|Produkt|Produkten} für {3} {3|Bestellung|Bestellungen}
    parcel.picklist.empty = Nichts zu picken: keine Bestellung wartet darauf, dass du sie versendest.
    # Der Lieferschein
    parcel.slip.title = LIEFERSCHEIN
    parcel.slip.order = Bestellung {1}
    parcel.slip.ordered = Bestellt am {1}
    parcel.slip.shipto = VERSANDADRESSE
    parcel.slip.from = Absender: {1}
    parcel.slip.total = {1} {1|Einheit|Einheiten} in {2} {2|Position|Positionen}
    parcel.slip.packedby = Gepackt von: ________
    parcel.slip.pending = Bestellung {1} ist noch ausstehend: Amazon nennt die Adresse erst, wenn sie bezahlt ist
    parcel.slip.afn = Amazon versendet Bestellung {1} aus dem eigenen Lager (Versand durch Amazon): du musst nichts packen
    parcel.slip.cancelled = Bestellung {1} ist storniert: es gibt nichts zu packen
    parcel.slip.noaddress = Amazon hat die Adresse von Bestellung {1} noch nicht geliefert: führ merchant sync aus und versuch es noch einmal
    parcel.slip.format = --format kennt a4 oder label, nicht „{1}“
    # Drucken über lp
    parcel.print.nolp = hier gibt es keinen Druckbefehl (lp fehlt): installiere CUPS (apt-get install cups-client) und drucke dann noch einmal
    parcel.print.refused = der Drucker hat abgelehnt: {1}
    parcel.print.sent = An den Drucker geschickt. {1}
    # --help
    parcel.help.weight = Versandgewicht: 350g, 0,35kg, 12oz, 1,5lb; oder none.
    parcel.help.size = Paketmaße, Länge x Breite x Höhe: 20x15x10cm, 200x150x100mm, 8x6x4in; oder none.
    parcel.help.gtin = Die Barcode-Nummer (GTIN/EAN, 8 bis 14 Ziffern, Prüfziffer wird geprüft); oder none.
    parcel.help.bin = Lagerplatz im Regal, bis zu 20 Zeichen (A-03-2); oder none.
    parcel.help.picklist = Was du für die Bestellungen picken musst, die du noch versendest: Einheiten je Produkt, nach Lagerplatz, mit den Bestellungen dazu.
    parcel.help.slip = Der Lieferschein einer Bestellung: Adresse und Artikel, als Text für A4 oder einen Etikettendrucker.
    parcel.help.slip.id = Die Amazon-Bestellnummer.
    parcel.help.slip.format = a4 (80 Spalten) oder label (100×150 mm, 48 Spalten).
    parcel.help.print = An den Drucker (lp) schicken, statt hier auszugeben.
    """#
}
