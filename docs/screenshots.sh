#!/bin/sh
# Retakes the window's screenshots in docs/: the compare view on the sample corpus at 1024x640, 1366x768
# and 1920x1080, light and dark (docs/window-WIDTH-THEME.png), and docs/compare.png for the README.
# Each shot runs on its own Xvfb screen of that size with Openbox, as a new user would see it: a fresh
# home folder (-Duser.home, since Java takes user.home from passwd), so the first window's size is the
# app's own choice for that screen. One command, from the repository's root:
#
#     docs/screenshots.sh            (DISPLAY number 89 unless STEMMA_SHOT_DISPLAY is set)
#
# Needs Xvfb, openbox, ImageMagick (import) and libgtk-3-0; builds with Maven offline.
set -eu
cd "$(dirname "$0")/.."
display=":${STEMMA_SHOT_DISPLAY:-89}"
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/screenshots.cp -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat target/screenshots.cp)"
work=$(mktemp -d)
trap 'kill "$wm" "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT
xvfb=""; wm=""

for size in ${STEMMA_SHOT_SIZES:-1024x640 1366x768 1920x1080}; do
    Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY="$display" openbox >"$work/openbox.log" 2>&1 &
    wm=$!
    sleep 1
    for theme in ${STEMMA_SHOT_THEMES:-light dark}; do
        home="$work/home-$size-$theme"
        mkdir -p "$home"
        out="docs/window-${size%x*}-$theme.png"
        env -u XDG_DATA_HOME DISPLAY="$display" java -Duser.home="$home" -cp "$cp" \
            org.stemma.ui.app.WindowScreenshot "$display" "$out" "$theme"
        echo "$out ($size, $theme)"
    done
    kill "$wm" "$xvfb"
    wait "$wm" "$xvfb" 2>/dev/null || true
done
[ -f docs/window-1366-light.png ] && cp docs/window-1366-light.png docs/compare.png
echo "docs/compare.png (= docs/window-1366-light.png)"
