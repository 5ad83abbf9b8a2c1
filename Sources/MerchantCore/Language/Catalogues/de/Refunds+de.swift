extension Catalogue {
    /// The Refunds pane.
    static let refundsGerman = #"""
    refunds.key.enter = Anfrage: erstatten; anderer Eintrag: Bestellung öffnen
    refunds.key.enter.hint = öffnen
    refunds.none = hier gibt es keine Rückerstattung
    refunds.title = Erstattungen
    refunds.reading = Erstattungen werden gelesen…
    refunds.heading = Erstattungen · {1} {1|Anfrage wartet|Anfragen warten} auf dich
    refunds.heading.limit = die ersten {1} jeder Liste
    refunds.column.order = BESTELLUNG
    refunds.column.buyer = KÄUFER
    refunds.column.amount = BETRAG
    refunds.column.age = SEIT
    refunds.empty = Noch keine Rückerstattungen. Die Retoure eines Käufers steht nach einer Synchronisierung hier als Anfrage; r auf einer Bestellung erstattet sie.
    # The sections of the queue, each with what it holds
    refunds.section.requested = Angefragt
    refunds.section.waiting = Wartet auf Amazon
    refunds.section.failed = Fehlgeschlagen
    refunds.section.done = Erledigt
    refunds.section.on-amazon = Bei Amazon erstattet
    refunds.section.requested.note = eine Retoure ist unterwegs oder da: Enter oder r erstattet
    refunds.section.waiting.note = geht beim nächsten Sync raus, bis Amazon bestätigt
    refunds.section.failed.note = nicht erstattet; der Grund steht in jeder Zeile
    refunds.section.done.note = erstattet, von Amazon bestätigt
    refunds.section.on-amazon.note = dort direkt, nicht in der Konsole: nie mitgezählt
    # Totals per currency: {1}.. are amounts without the currency, which leads the line
    refunds.totals.none = Noch nichts erstattet, weder in der Konsole noch bei Amazon.
    refunds.totals.own.wide = in der Konsole erstattet: {1} erledigt · {2} wartet auf Amazon · {3} fehlgeschlagen
    refunds.totals.own = Konsole: {1} fertig · {2} offen · {3} gescheitert
    refunds.totals.on-amazon.wide = bei Amazon erstattet, nie mitgezählt: {1}
    refunds.totals.on-amazon = bei Amazon: {1}
    # An entry's note
    refunds.entry.return-arrived = Retoure angekommen
    refunds.entry.return-coming = Retoure unterwegs
    refunds.entry.suggested = Betrag vorgeschlagen · {1}
    refunds.entry.failed = fehlgeschlagen
    refunds.entry.with-cancellation = mit der Stornierung · {1}
    refunds.entry.after-return-requested = nach Retourenanfrage
    refunds.entry.after-return-arrived = nach angekommener Retoure
    refunds.entry.on-amazon = bei Amazon {1}, nicht in der Konsole
    # The selected entry in full, under the list
    refunds.summary.cancellation = {1}: {2} mit der Stornierung erstattet ({3}); {4}.
    refunds.summary.cancellation.done = Amazon hat die Stornierung bestätigt
    refunds.summary.cancellation.failed = die Stornierung ist fehlgeschlagen
    refunds.summary.cancellation.waiting = geht mit der Stornierung bei der nächsten Synchronisierung raus, erledigt, sobald Amazon bestätigt
    refunds.summary.arrived = die Retoure ist angekommen
    refunds.summary.returning = die Retoure des Käufers ist unterwegs
    refunds.summary.package = (Paket {1})
    refunds.summary.requested = {1}: {2}. Enter oder r erstattet: {3} vorgeschlagen, CustomerReturn.
    refunds.summary.waiting = {1}: {2} wird erstattet ({3}) seit {4}; Amazon bestätigt es nach einer Synchronisierung.
    refunds.summary.failed = {1}: {2} nicht erstattet: {3}. Enter öffnet die Bestellung; r erstattet erneut.
    refunds.summary.no-reason = kein Grund angegeben
    refunds.summary.done = {1}: {2} erstattet ({3}); Amazon hat es {4} bestätigt.
    refunds.summary.on-amazon = {1}: {2} bei Amazon erstattet am {3}: direkt dort gemacht, nicht in der Konsole, und getrennt von ihren Summen.
    # After the refund dialog
    refunds.flash.refunding = Erstatte {1} für {2} ({3}). Amazon erfährt es sofort; der Postausgang zeigt es, bis Amazon bestätigt.
    refunds.failed.title = Rückerstattung fehlgeschlagen: {1}
    refunds.failed.text = Die Rückerstattung von {1} wurde nicht gesendet: {2}. Sie bleibt als fehlgeschlagen in der Liste (3 Erstattungen).
    refunds.flash.failed = Rückerstattung von {1} für {2} fehlgeschlagen: {3}.
    """#
}
