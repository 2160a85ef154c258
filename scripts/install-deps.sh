#!/usr/bin/env bash
# Installs the Debian bookworm packages policy-extract builds, tests and fuzzes with.
# Idempotent: does nothing when every package is already installed.
set -euo pipefail
pkgs=(
  g++ cmake make pkg-config
  libgumbo-dev libre2-dev libsimdjson-dev libicu-dev libphonenumber-dev libopencc-dev libopencc-data
  libboost-program-options-dev nlohmann-json3-dev libfmt-dev zlib1g-dev libsqlite3-dev
  libssl-dev libgtest-dev libgmock-dev libbenchmark-dev python3 python3-jsonschema
  clang libclang-rt-14-dev time
)
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
