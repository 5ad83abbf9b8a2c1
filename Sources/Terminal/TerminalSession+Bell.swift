internal import CNCurses

extension TerminalSession {
    /// Rings the terminal's bell (curses' `beep`: the terminal's own bell, or a flash of the screen where it has none):
    /// scan to pack rings it once for each wrong scan, for a packer who looks at the parcel, not the screen.
    public func bell() {
        _ = beep()
    }
}
