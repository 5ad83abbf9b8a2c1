extension Catalogue {
    /// The Shop pane and its dialogs.
    static let shopGerman = #"""
    shop.key.ship = eine Shop-Bestellung versenden, die du ausführst: Versanddienst, Sendungsnummer, Datum; die ganze Bestellung
    shop.key.ship.hint = versenden
    shop.key.cancel = den FBA-Auftrag einer Shop-Bestellung zurückholen, um sie selbst zu versenden (fragt vorher)
    shop.key.cancel.hint = FBA zurückholen
    shop.none = hier gibt es keine Shop-Bestellung
    shop.title = Shop-Bestellungen · neueste zuerst
    shop.title.counts = {1} durch Amazon, {2} durch dich, {3} versendet
    shop.title.limit = die neuesten {1}
    shop.column.ref = REF.
    shop.column.age = SEIT
    shop.column.buyer = KÄUFER
    shop.column.items = ARTIKEL
    shop.column.who = VERSENDER
    shop.reading = Shop-Bestellungen werden gelesen…
    shop.empty = Noch keine Shop-Bestellungen: `merchant shop order` legt eine an, und der simulierte Webshop bekommt mit der Zeit welche (`merchant sim advance`).
    # Who ships an order (after "Amazon: " for Amazon's), and a shop order's own status
    shop.who.sending = wird gesendet
    shop.who.cancel-asked = Rückholung angefragt
    shop.who.you = du versendest
    shop.who.shipped = von dir versendet
    shop.status.processing = in Bearbeitung
    shop.status.shipped = versendet
    shop.status.cancelled = storniert
    shop.status.refunded = erstattet
    shop.status.partially-refunded = teilweise erstattet
    # The selected order in full: {1} of the first three is " (why you ship it)" or nothing; "updated" places are " 3h ago" or nothing
    shop.summary.you = Du versendest sie{1}. s versendet die ganze Bestellung: Versanddienst, Sendungsnummer, Datum.
    shop.summary.shipped = Von dir versendet{1}.
    shop.summary.status = Sie ist {1}{2}.
    shop.summary.fba.not-sent = Geht bei der nächsten Synchronisierung an Amazon (FBA) und nimmt nichts von deinem Bestand. Kann Amazon sie nicht ausführen, versendest du sie.
    shop.summary.fba.shipped.tracking = Amazon hat sie mit {1} {2} versendet{3}.
    shop.summary.fba.shipped = Amazon hat sie versendet{1}.
    shop.summary.fba = Versand durch Amazon (FBA): {1}{2}.
    shop.summary.cancel-asked = Du holst den FBA-Auftrag zurück: die Anfrage geht bei der nächsten Synchronisierung raus.
    shop.summary.x = x holt den FBA-Auftrag zurück, damit du sie selbst versendest.
    # s and x
    shop.refusal.ship.title = s versenden: nicht möglich
    shop.refusal.ship.x = x holt den FBA-Auftrag von Amazon zurück, damit du sie versenden kannst.
    shop.refusal.cancel.title = x FBA-Auftrag zurückholen: nicht möglich
    shop.ship.title = Shop-Bestellung versenden · Enter versendet · Esc schließt
    shop.ship.heading = {1} · {2} · {3} {3|Einheit|Einheiten}, die ganze Bestellung geht raus
    shop.ship.to = {1} · an {2}
    shop.ship.note = Du versendest sie ({1}).
    shop.cancel.title = FBA-Auftrag zurückholen · Esc schließt
    shop.cancel.question = FBA-Auftrag von {1} für {2} von Amazon zurückholen?
    shop.cancel.not-sent = Sie ist noch nicht an Amazon gegangen: sie wird nicht gesendet, und du kannst sie sofort selbst versenden (s), aus deinem Bestand.
    shop.cancel.sent = Amazon erfährt es sofort. Sobald Amazon storniert hat, versendest du die Bestellung selbst (s), aus deinem Bestand.
    shop.cancel.ask = Den FBA-Auftrag dieser Bestellung zurückholen?
    shop.cancel.no = Nicht zurückgeholt: Amazon führt {1} weiter aus.
    shop.flash.shipped = {1} mit {2} {3} versendet: die ganze Bestellung hat dein Lager verlassen.
    shop.flash.cancel-asked = FBA-Auftrag von {1} wird zurückgeholt: Amazon erfährt es sofort; der Postausgang zeigt es, bis Amazon bestätigt.
    shop.flash.not-sent = {1} wurde nicht an Amazon gesendet: du kannst sie jetzt selbst versenden (s).
    """#
}
