#!/usr/bin/env bash
# The README's editor screenshot (docs/images/editor.png): Neovim's terminal UI in a tmux pseudo-terminal, its
# built-in LSP client on `dataset lsp` (the Release build), an article with a misspelt mention (its diagnostic) and a
# completion list after `ref=`. tmux's capture of the screen (with its colours) is drawn as HTML and photographed by
# headless chromium, as the preview's screenshots are.
#   tests/Dataset.Tool.Tests/LanguageServer/Neovim/screenshot.sh [OUT.png]
# Needs nvim (0.7 or later), tmux, python3 and chromium (apt-get install neovim tmux chromium).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../../../.." && pwd)
out=${1:-$repo/docs/images/editor.png}
columns=150
rows=24

dotnet build -c Release "$repo/src/Dataset.Tool" -nologo -v q >/dev/null
server=$repo/artifacts/bin/Dataset.Tool/release/Dataset.Tool.dll
work=$(mktemp -d)
socket=dataset-shot-$$
trap 'tmux -L "$socket" kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

# The seed article with a misspelt mention after its last paragraph.
mkdir -p "$work/data"
article=$work/data/russia-us-syria-talks.md
cat "$repo/data/russia-us-syria-talks.md" > "$article"
printf '\n[Kery]{.person ref=Kery} flew in.\n' >> "$article"
error_line=$(($(wc -l < "$article") - 1))
python3 - "$work/config.json" "$server" "$work" "$error_line" <<'PY'
import json, sys
path, server, root, error_line = sys.argv[1:]
json.dump({
    "command": ["dotnet", server, "lsp"],
    "root": root,
    "errorLine": int(error_line),
    "scrollUp": 9,
    "typed": "Then [Lavrov]{.person ref=",
    "timeout": 60000,
}, open(path, "w"))
PY

cat > "$work/tmux.conf" <<'CONF'
set -g default-terminal "tmux-256color"
set -ga terminal-overrides ",*:Tc"
set -g status off
CONF
tmux -L "$socket" -f "$work/tmux.conf" new-session -d -s shot -x "$columns" -y "$rows" \
  "cd '$work' && DATASET_SHOT_CONFIG='$work/config.json' DATASET_SHOT_READY='$work/ready' nvim --clean -u NONE -c 'luafile $here/screenshot.lua' '$article'"
for _ in $(seq 1 1200); do
  [ -f "$work/ready" ] && break
  sleep 0.1
done
if [ "$(cat "$work/ready" 2>/dev/null)" != "ready" ]; then
  echo "Neovim did not show the completion list; its screen:" >&2
  tmux -L "$socket" capture-pane -p -t shot >&2 || true
  exit 1
fi
tmux -L "$socket" capture-pane -p -e -t shot > "$work/screen.ansi"
python3 "$here/render.py" "$work/screen.ansi" "$columns" "$rows" > "$work/screen.html"

# The page is the terminal's size (render.py's cell size) plus its margin.
chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync \
  --no-first-run --disable-dev-shm-usage --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size="$((columns * 9 + 32)),$((rows * 19 + 32))" --screenshot="$out" "file://$work/screen.html" 2>/dev/null
echo "wrote $out"
