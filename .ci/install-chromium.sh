#!/usr/bin/env bash
# Installs Debian's chromium for the sample application's real-browser test, when missing.
# The test fails (it does not skip) without /usr/bin/chromium, so CI must run this first.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends chromium fonts-dejavu-core
