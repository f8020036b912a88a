#!/usr/bin/env bash
# The main job: checks published documents with finsam and prints the findings in Swedish.
#   bash examples/check.sh                 # the bundled 2017 documents, then the 2017 report
#   bash examples/check.sh report.txt ...  # the files given (UTF-8 text from Word or a PDF)
# Maven only builds: the first run (or one after a source or POM changed) builds the jars with
# tests skipped and caches the runtime class path; later runs start Java directly.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
cache="$here/target/check-classpath.txt"
jar="$here/target/finsam-examples.jar"

stale() {
  [[ -f "$cache" && -f "$jar" ]] || return 0
  [[ -n "$(find "$root/pom.xml" "$root"/{core,money,outcomes}/pom.xml "$here/pom.xml" \
      "$root"/{core,money,outcomes}/src/main "$here/src/main" -newer "$cache" -type f \
      -print -quit)" ]]
}

if stale; then
  (cd "$root" && ./mvnw -q -B package dependency:build-classpath -DskipTests -pl examples -am \
      -Dmdep.outputFile="$cache.tmp" -DincludeScope=runtime >&2)
  cp "$(ls "$here"/target/finsam-examples-*.jar | head -n 1)" "$jar"
  mv "$cache.tmp" "$cache"
fi
# run from the caller's folder so that relative file arguments work
exec java -cp "$jar:$(cat "$cache")" dev.finsam.examples.CheckDocuments "$@"
