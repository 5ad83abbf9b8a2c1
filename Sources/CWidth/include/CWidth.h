#ifndef CWIDTH_H
#define CWIDTH_H


/// Columns a terminal gives this code point: glibc `wcwidth` in a UTF-8 locale, whatever the
/// process locale is (tests run in "C", where wcwidth knows no letter beyond ASCII).
/// -1 for code points that are not printable (controls, unassigned).
int cwidth_wcwidth(unsigned int codepoint);

#endif
