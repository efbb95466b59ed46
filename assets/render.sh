#!/usr/bin/env bash
# Renders the Stemma icon from its SVG sources into every file the window, the installers and the menu use.
# The outputs are committed, so building never needs these tools: run this only after editing an SVG.
# Needs rsvg-convert (librsvg2-bin), ImageMagick (convert) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
# 16 px has its own pixel-grid drawing; every other size is the full mark scaled.
rsvg-convert -w 16 -h 16 stemma-16.svg -o stemma-16.png
for size in 32 48 64 128 256 512; do
    rsvg-convert -w "$size" -h "$size" stemma.svg -o "stemma-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the task bar pick from.
convert stemma-16.png stemma-32.png stemma-48.png stemma-64.png stemma-128.png stemma-256.png stemma.ico
# macOS: png2icns takes the sizes the .icns format defines (16, 32, 48, 128, 256, 512).
png2icns stemma.icns stemma-16.png stemma-32.png stemma-48.png stemma-128.png stemma-256.png stemma-512.png >/dev/null
# The window's own icons travel on the class path.
icons=../src/main/resources/org/stemma/ui/app/icons
mkdir -p "$icons"
for size in 16 32 48 64 128 256; do
    cp "stemma-$size.png" "$icons/"
done
