#!/usr/bin/env bash
# `make test-ltr`: the whole QGIS test suite and the demo on QGIS 3.40 LTR (Debian 13 "trixie",
# Python 3.13, GDAL 3.10, shapely 2, numpy 2, PostgreSQL 17 / PostGIS 3.5) in a chroot built with
# debootstrap. `make test-344` (LTR_RELEASE=forky): the same on QGIS 3.44, the last 3.x LTR (Debian
# testing), with deprecation warnings raised as errors (QGIS 4 removed every API deprecated in 3.x).
# A chroot is cached (LTR_ROOT, default /var/cache/landplan-ltr/<release>) and rebuilt only when
# the package list below changes; the checkout is copied in fresh on every run.
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
RELEASE="${LTR_RELEASE:-trixie}"
ROOT="${LTR_ROOT:-/var/cache/landplan-ltr/$RELEASE}"
APT_UPDATE_OPTS=""
BOOTSTRAP_SCRIPT=""
STRICT=""
if [ "$RELEASE" != trixie ]; then
  # Debian testing: this Debian's debootstrap may lack a script for it (sid's fits), and the
  # testing Release file may carry a Valid-Until before this machine's date.
  [ -e "/usr/share/debootstrap/scripts/$RELEASE" ] || BOOTSTRAP_SCRIPT=/usr/share/debootstrap/scripts/sid
  APT_UPDATE_OPTS="-o Acquire::Check-Valid-Until=false"
  STRICT=1
fi
MIRROR="${LTR_MIRROR:-http://deb.debian.org/debian}"
SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo

PACKAGES="qgis python3-qgis qgis-providers python3-geopandas python3-fiona python3-shapely
python3-openpyxl python3-pytest python3-hypothesis python3-pytest-timeout xvfb xauth gdal-bin
python3-gdal python3-docx poppler-utils fonts-wqy-microhei qttools5-dev-tools pyqt5-dev-tools make git zip unzip
postgresql postgis postgresql-postgis ca-certificates libreoffice-calc-nogui"
STAMP="$ROOT/.landplan-packages"
WANT="$(echo $PACKAGES | tr ' ' '\n' | sort | tr '\n' ' ')"

mounted=()
cleanup() {
  for ((i=${#mounted[@]}-1; i>=0; i--)); do $SUDO umount -l "${mounted[$i]}" 2>/dev/null || true; done
}
trap cleanup EXIT
mount_into() {  # mount_into SRC DEST [options…]
  local dest="$ROOT$2"; mkdir -p "$dest"
  if ! mountpoint -q "$dest"; then $SUDO mount "${@:3}" "$1" "$dest"; mounted+=("$dest"); fi
}
mount_all() {
  mount_into proc /proc -t proc
  mount_into sysfs /sys -t sysfs
  mount_into /dev /dev --bind
  mount_into devpts /dev/pts -t devpts
  mount_into tmpfs /dev/shm -t tmpfs   # PostgreSQL needs shared memory
}
in_root() {
  $SUDO chroot "$ROOT" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI="${CI:-}" \
    LANDPLAN_STRICT_DEPRECATIONS="$STRICT" \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive "$@"
}

if [ ! -f "$STAMP" ] || [ "$(cat "$STAMP")" != "$WANT" ]; then
  command -v debootstrap >/dev/null || { $SUDO apt-get update -qq; $SUDO apt-get install -y -qq debootstrap; }
  echo "== building the Debian $RELEASE chroot in $ROOT (once; cached afterwards)"
  if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
    $SUDO rm -rf "$ROOT"; $SUDO mkdir -p "$ROOT"
    $SUDO debootstrap --variant=minbase "$RELEASE" "$ROOT" "$MIRROR" $BOOTSTRAP_SCRIPT >/dev/null
  fi
  $SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
  printf '#!/bin/sh\nexit 101\n' | $SUDO tee "$ROOT/usr/sbin/policy-rc.d" >/dev/null
  $SUDO chmod +x "$ROOT/usr/sbin/policy-rc.d"
  mount_all
  in_root apt-get $APT_UPDATE_OPTS update -qq
  in_root apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
  in_root apt-get clean
  echo "$WANT" | $SUDO tee "$STAMP" >/dev/null
fi

mount_all
$SUDO cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
echo "== copying the checkout into the chroot"
$SUDO rm -rf "$ROOT/landplan"; $SUDO mkdir -p "$ROOT/landplan"
(cd "$REPO" && git ls-files -co --exclude-standard -z | tar --null -T - -cf -) | $SUDO tar -xf - -C "$ROOT/landplan"
QGIS_VERSION="$(in_root dpkg-query -W -f='${Version}' qgis)"
echo "== QGIS $QGIS_VERSION, $(in_root python3 --version)${STRICT:+, deprecation warnings are errors}"
# The same targets as on the host, with Debian's own python3 instead of the .venv (the chroot's
# packages already hold pytest and hypothesis) and no apt step.
if [ $# -gt 0 ]; then  # `scripts/ltr.sh tests/qgis/test_x.py -k y`: just those tests
  in_root bash -c 'cd /landplan && make translations >/dev/null && QT_QPA_PLATFORM=offscreen PROJ_DATA=/usr/share/proj \
    PYTHONPATH=/usr/share/qgis/python/plugins:/usr/share/qgis/python:/landplan PYTHONDONTWRITEBYTECODE=1 \
    XDG_RUNTIME_DIR=/tmp/runtime-root python3 -m pytest -p no:cacheprovider "$@"' ltr "$@"
  exit
fi
in_root bash -c 'cd /landplan && make test DEPS= PY=/usr/bin/python3 && make demo DEPS= PY=/usr/bin/python3 ARGS="--out /tmp/ltr-demo"' \
  || { echo "== QGIS $QGIS_VERSION ($RELEASE): FAILED"; exit 1; }
echo "== QGIS $QGIS_VERSION ($RELEASE): tests and demo passed"
