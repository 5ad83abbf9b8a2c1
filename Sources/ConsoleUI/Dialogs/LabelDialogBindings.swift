import MerchantCore

extension LabelDialog {
    /// ^T and ^R in a dialog: Ctrl keys, since letters there are typing. The ship dialogs say ^T on a line of their own.
    /// `f` is a letter: the label dialog has no field to type in, and in every other dialog `f` is typed as before.
    static let bindings: [KeyBinding] = [
        KeyBinding([.control("t")], .dialog, help: tr("label-dialog.key.switch")) { s in Console.switchToLabel(&s) },
        KeyBinding([.control("r")], .dialog, help: tr("label-dialog.key.refresh")) { s in Console.refreshRates(&s) },
        KeyBinding(keys: [.character("f")], scope: .dialog, help: tr("label-dialog.key.format")) { s, key in Console.changeLabelFormat(&s, key) },
    ]
}
