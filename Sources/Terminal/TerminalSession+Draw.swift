internal import CNCurses

extension TerminalSession {
    /// Draws a frame: only rows that differ from the last frame are written, each as runs of equal
    /// style with one `mvaddwstr` per run. Never one cell at a time: a grapheme cluster is not a
    /// cell (Thai SARA AM takes a column of its own), and the terminal must lay out the run itself.
    public func draw(_ rows: [[StyledRun]]) {
        let now = size
        if now.rows != paintedSize.rows || now.columns != paintedSize.columns {
            // A new size: every row is stale, and curses' own picture of the screen too.
            erase()
            painted = []
            paintedSize = now
        }
        for (y, row) in rows.enumerated() where y < now.rows {
            if y < painted.count && painted[y] == row { continue }
            move(Int32(y), 0)
            clrtoeol()
            var x: Int32 = 0
            for run in row where !run.text.isEmpty {
                cnc_attrset(run.attributes.curses(colors: colors))
                var wide = run.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                wide.append(0)
                // At the bottom-right corner curses reports ERR (the cursor cannot advance) after drawing: harmless.
                _ = cnc_mvaddwstr(Int32(y), x, wide)
                var cy: Int32 = 0
                getyx_shim(&cy, &x)
            }
            cnc_attrset(cnc_a_normal())
        }
        if rows.count < painted.count {
            for y in rows.count..<min(painted.count, now.rows) {
                move(Int32(y), 0)
                clrtoeol()
            }
        }
        painted = rows
        refresh()
    }

    /// Forgets what is on screen, so the next `draw` writes every row (after a resize or Ctrl-L).
    public func invalidate() {
        painted = []
        clearok(cnc_stdscr(), true)
    }

    private func getyx_shim(_ y: inout Int32, _ x: inout Int32) {
        y = getcury(cnc_stdscr())
        x = getcurx(cnc_stdscr())
    }
}
