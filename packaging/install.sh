#!/usr/bin/env bash
# Install the one-folder bundle for the current user (~/.local), with menu entry, icons and the
# *.llmtco file association.  Usage: packaging/install.sh [BUNDLE_DIR]   (PREFIX overrides ~/.local)
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
APPID=io.github.llm_tco_advisor.LlmTcoAdvisor
BUNDLE="${1:-$HERE/../build/bundle/dist/llm-tco-advisor}"
PREFIX="${PREFIX:-$HOME/.local}"

if [ ! -x "$BUNDLE/llm-tco-advisor" ]; then
    echo "install.sh: no bundle at $BUNDLE; build it first with: python packaging/build_bundle.py" >&2
    exit 2
fi

mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$PREFIX/share/applications" "$PREFIX/share/metainfo" \
         "$PREFIX/share/mime/packages"
rm -rf "$PREFIX/lib/llm-tco-advisor"
cp -a "$BUNDLE" "$PREFIX/lib/llm-tco-advisor"
ln -sf "$PREFIX/lib/llm-tco-advisor/llm-tco-advisor" "$PREFIX/bin/llm-tco-advisor"
ln -sf "$PREFIX/lib/llm-tco-advisor/llm-tco-advisor" "$PREFIX/bin/llm-tco"

sed "s|^Exec=llm-tco-advisor|Exec=$PREFIX/bin/llm-tco-advisor|" "$HERE/linux/$APPID.desktop" \
    > "$PREFIX/share/applications/$APPID.desktop"
cp "$HERE/linux/$APPID.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$HERE/linux/$APPID.mime.xml" "$PREFIX/share/mime/packages/$APPID.xml"
for dir in "$HERE"/linux/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "$PREFIX/share/icons/hicolor/$size/apps"
    cp "$dir"/* "$PREFIX/share/icons/hicolor/$size/apps/"
done

command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" || true
echo "installed LLM TCO Advisor into $PREFIX (run: $PREFIX/bin/llm-tco-advisor)"
