#!/usr/bin/env bash
# Remove what install.sh put under ~/.local (PREFIX overrides it). User data and projects are kept.
set -euo pipefail
APPID=io.github.llm_tco_advisor.LlmTcoAdvisor
PREFIX="${PREFIX:-$HOME/.local}"
rm -rf "$PREFIX/lib/llm-tco-advisor"
rm -f "$PREFIX/bin/llm-tco-advisor" "$PREFIX/bin/llm-tco" \
      "$PREFIX/share/applications/$APPID.desktop" "$PREFIX/share/metainfo/$APPID.metainfo.xml" \
      "$PREFIX/share/mime/packages/$APPID.xml"
find "$PREFIX/share/icons/hicolor" -name "$APPID.*" -delete 2>/dev/null || true
command -v update-mime-database >/dev/null && update-mime-database "$PREFIX/share/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$PREFIX/share/applications" || true
echo "removed LLM TCO Advisor from $PREFIX (your projects and settings were not touched)"
