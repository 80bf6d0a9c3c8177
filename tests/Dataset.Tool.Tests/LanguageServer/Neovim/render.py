"""Draws a tmux capture (capture-pane -p -e: text with SGR colour codes) as an HTML page of fixed-size cells.

    python3 render.py SCREEN.ansi COLUMNS ROWS > screen.html

Cells are 9 x 19 pixels (DejaVu Sans Mono at 14.9 px is 8.97 wide) (screenshot.sh sizes the window from them); the default colours are the theme's Normal.
"""
import html
import re
import sys

FOREGROUND, BACKGROUND = "#d8dee9", "#1e222a"
BASIC = ["#3b4252", "#bf616a", "#a3be8c", "#ebcb8b", "#81a1c1", "#b48ead", "#88c0d0", "#e5e9f0"]
SGR = re.compile(r"\x1b\[([0-9;:]*)m")


def palette(index):
    if index < 8:
        return BASIC[index]
    if index < 16:
        return BASIC[index - 8]
    if index < 232:
        index -= 16
        steps = [0, 95, 135, 175, 215, 255]
        return "#%02x%02x%02x" % (steps[index // 36], steps[index // 6 % 6], steps[index % 6])
    grey = 8 + (index - 232) * 10
    return "#%02x%02x%02x" % (grey, grey, grey)


def apply(codes, style):
    parts = [part for part in re.split("[;]", codes)] if codes else ["0"]
    i = 0
    while i < len(parts):
        code = parts[i]
        if code in ("", "0"):
            style.clear()
        elif code == "1":
            style["bold"] = True
        elif code == "3":
            style["italic"] = True
        elif code == "4" or code.startswith("4:"):
            style["underline"] = "wavy" if code == "4:3" else "solid"
        elif code == "7":
            style["reverse"] = True
        elif code == "22":
            style.pop("bold", None)
        elif code == "23":
            style.pop("italic", None)
        elif code == "24":
            style.pop("underline", None)
        elif code == "27":
            style.pop("reverse", None)
        elif code in ("38", "48", "58"):
            key = {"38": "fg", "48": "bg", "58": "sp"}[code]
            if parts[i + 1] == "2":
                style[key] = "#%02x%02x%02x" % tuple(int(v) for v in parts[i + 2:i + 5])
                i += 4
            else:
                style[key] = palette(int(parts[i + 2]))
                i += 2
        elif code == "39":
            style.pop("fg", None)
        elif code == "49":
            style.pop("bg", None)
        elif code == "59":
            style.pop("sp", None)
        elif code.isdigit() and 30 <= int(code) <= 37:
            style["fg"] = BASIC[int(code) - 30]
        elif code.isdigit() and 40 <= int(code) <= 47:
            style["bg"] = BASIC[int(code) - 40]
        elif code.isdigit() and 90 <= int(code) <= 97:
            style["fg"] = BASIC[int(code) - 90]
        elif code.isdigit() and 100 <= int(code) <= 107:
            style["bg"] = BASIC[int(code) - 100]
        i += 1


def css(style):
    fg, bg = style.get("fg", FOREGROUND), style.get("bg", BACKGROUND)
    if style.get("reverse"):
        fg, bg = bg, fg
    rules = [f"color:{fg}", f"background:{bg}"]
    if style.get("bold"):
        rules.append("font-weight:bold")
    if style.get("italic"):
        rules.append("font-style:italic")
    if "underline" in style:
        rules.append(f"text-decoration:underline {style['underline']} {style.get('sp', fg)}")
    return ";".join(rules)


def main():
    path, columns, rows = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    lines = open(path, encoding="utf-8").read().split("\n")[:rows]
    style = {}
    body = []
    for line in lines:
        cells, position = [], 0
        for match in SGR.finditer(line + "\x1b[m"):
            text = line[position:match.start()]
            if text:
                cells.append(f'<span style="{css(style)}">{html.escape(text)}</span>')
            apply(match.group(1), style)
            position = match.end()
        body.append('<div class="row">' + "".join(cells) + "</div>")
        style = {}
    print(f"""<!doctype html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; padding: 16px; background: #151820; }}
.screen {{ width: {columns * 9}px; height: {rows * 19}px; background: {BACKGROUND}; overflow: hidden;
  font: 14.9px/19px "DejaVu Sans Mono", monospace; white-space: pre; }}
.row {{ height: 19px; }}
span {{ display: inline; }}
</style></head><body><div class="screen">{"".join(body)}</div></body></html>""")


main()
