#!/usr/bin/env bash
# Installs Debian's chromium and chromium-driver for the sample application's real-browser tests
# (Selenium WebDriver drives /usr/bin/chromium through /usr/bin/chromedriver), when missing.
# The tests fail (they do not skip) without them, so CI must run this first.
set -euo pipefail
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium chromium-driver fonts-dejavu-core
