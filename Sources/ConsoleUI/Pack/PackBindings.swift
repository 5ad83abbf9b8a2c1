import MerchantCore

/// Pack mode's keys, and the key that opens it from every pane. In pack mode letters and digits are the scan line's:
/// only these rows act, so a scanner's text never switches a pane or quits.
enum PackMode {
    static let bindings: [KeyBinding] = [
        // From every pane; `?` and the footer show it with the frame's keys. Capital P: `p` prints in the Pick pane.
        KeyBinding([.character("P")], .everywhere, help: tr("pack.key.open"), hint: tr("pack.key.open.hint")) { s in Console.openPack(&s) },
        KeyBinding([.enter], .pack, help: tr("pack.key.scan"), hint: tr("pack.key.scan.hint")) { s in Console.scan(&s) },
        KeyBinding([.escape], .pack, help: tr("pack.key.leave"), hint: tr("pack.key.leave.hint")) { s in Console.leavePack(&s) },
        KeyBinding(keys: [.backspace, .control("u")], scope: .pack, help: tr("pack.key.erase"),
                   whyNot: { s in s.pack?.line.text.isEmpty != false ? tr("pack.whynot.nothing.typed") : nil }) { s, key in
            if key == .backspace { s.pack?.line.deleteLast() } else { s.pack?.line.clear() }
            return []
        },
        KeyBinding(keys: [.function(1)], scope: .pack, help: tr("frame.key.help"), hint: tr("frame.key.help.hint"), pinned: true) { s, _ in
            s.showHelp = true
            s.helpScroll = 0
            return []
        },
    ]
}
