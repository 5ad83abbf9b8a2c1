import MerchantCore

extension LabelDialog {
    /// ^T and ^R in a dialog: Ctrl keys, since letters there are typing. The ship dialogs say ^T on a line of their own.
    static let bindings: [KeyBinding] = [
        KeyBinding([.control("t")], .dialog, help: tr("label-dialog.key.switch")) { s in Console.switchToLabel(&s) },
        KeyBinding([.control("r")], .dialog, help: tr("label-dialog.key.refresh")) { s in Console.refreshRates(&s) },
    ]
}
