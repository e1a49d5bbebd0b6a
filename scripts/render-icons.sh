#!/usr/bin/env bash
# Renders the application icon's PNG sizes from its SVG (run after editing the SVG; the PNGs are
# committed, so building never needs this). Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../resources/icons/hicolor"
for size in 16 22 24 32 48 64 128 256; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" scalable/apps/replica-wizard.svg -o "${size}x${size}/apps/replica-wizard.png"
done
