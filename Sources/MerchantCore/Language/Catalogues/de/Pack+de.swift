extension Catalogue {
    /// Scan to pack: pack mode in the console.
    static let packGerman = #"""
    # Wo seine Tasten wirken, und die Taste, die ihn öffnet
    pack.scope = Packmodus (Tippen geht in die Scanzeile)
    pack.scope.place = dem Packmodus
    pack.key.open = Packmodus: eine Bestellung scannen, dann jede Einheit, bevor sie versendet wird
    pack.key.open.hint = packen
    pack.key.scan = nachschlagen, was gescannt oder getippt wurde: eine Bestellnummer, dann Barcode oder SKU jeder Einheit
    pack.key.scan.hint = scannen
    pack.key.leave = Packmodus verlassen (fragt vorher, sobald Einheiten abgehakt sind)
    pack.key.leave.hint = verlassen
    pack.key.erase = das zuletzt getippte Zeichen löschen (^U: alles)
    pack.whynot.nothing.typed = in der Scanzeile steht nichts
    # Der Bildschirm
    pack.title = Packmodus
    pack.ask.order = Scanne oder tippe die Bestellnummer, dann Enter.
    pack.title.order = Packmodus · {1} · {2}
    pack.title.ship-by = Versand bis {1}
    pack.progress = {1} von {2} {2|Einheit|Einheiten} gepackt
    pack.complete = alles drin: Enter öffnet den Versanddialog
    pack.scan.prompt = Scan:
    pack.scan.too-long = zu lang für einen Code
    pack.ticked = {1}: {2} ({3} von {4})
    pack.column.packed = GEPACKT
    pack.column.sku = SKU
    pack.column.product = PRODUKT
    pack.hint = Nichts wird gespeichert oder an Amazon gesendet, bevor du den Versanddialog bestätigst.
    # Abgelehnte Scans (jeder lässt die Glocke klingen)
    pack.refusal.unknown = {1}: kein Produkt hat diesen Barcode oder diese SKU
    pack.refusal.not-in-order = {1} ist {2}, das gehört nicht zu Bestellung {3}: leg es zurück
    pack.refusal.one-too-many = {1} ist {2}: einer zu viel, die Bestellung hat {3} und alle sind gepackt
    pack.refusal.too-long = dieser Scan ist länger als jeder Barcode, jede SKU und jede Bestellnummer (höchstens {1} Zeichen): nichts wurde nachgeschlagen
    pack.empty.order = Scanne oder tippe zuerst eine Bestellnummer.
    pack.empty.product = Scanne oder tippe zuerst Barcode oder SKU einer Einheit.
    # Verlassen
    pack.left = Packmodus verlassen: nichts wurde versendet.
    pack.left.ticks = Packmodus verlassen: die Haken für {1} sind vergessen, nichts wurde versendet.
    pack.footer.leaving = Enter antwortet · Esc packt weiter · ^C beendet
    pack.leave.title = Packmodus verlassen?
    pack.leave.question = {1} {1|Einheit|Einheiten} von {2} {1|ist|sind} abgehakt. Beim Verlassen werden die Haken vergessen; nichts wird versendet.
    pack.quit.lost = die {1} für {2} abgehakten {1|Einheit|Einheiten}
    """#
}
