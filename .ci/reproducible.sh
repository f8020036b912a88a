#!/usr/bin/env bash
# Reproducible builds: builds every jar twice from clean and compares the two builds byte for byte.
#   bash .ci/reproducible.sh
# Exits non-zero, naming each jar that differs (or exists in only one build). Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

first="$(mktemp -d)"
trap 'rm -rf "$first"' EXIT

build() {
  ./mvnw -B -q clean package -DskipTests
}

build
shopt -s nullglob
jars=(*/target/*.jar)
if [ ${#jars[@]} -eq 0 ]; then
  echo "reproducible.sh: the build made no jars" >&2
  exit 1
fi
for jar in "${jars[@]}"; do
  mkdir -p "$first/$(dirname "$jar")"
  cp -p "$jar" "$first/$jar"
done

build
status=0
for jar in "${jars[@]}"; do
  if [ ! -f "$jar" ]; then
    echo "differs: $jar (missing from the second build)" >&2
    status=1
  elif ! cmp -s "$first/$jar" "$jar"; then
    echo "differs: $jar" >&2
    status=1
  fi
done
for jar in */target/*.jar; do
  if [ ! -f "$first/$jar" ]; then
    echo "differs: $jar (missing from the first build)" >&2
    status=1
  fi
done
if [ $status -eq 0 ]; then
  echo "reproducible: ${#jars[@]} jars identical in two clean builds"
fi
exit $status
