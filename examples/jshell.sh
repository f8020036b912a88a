#!/usr/bin/env bash
# Opens JShell with finsam on the class path and its API packages imported:
#   bash examples/jshell.sh
# Builds the library first (tests skipped), then starts JShell with the default imports plus
# examples/analyst.jsh. Extra arguments are passed to jshell.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -B package dependency:build-classpath -DskipTests -pl examples -am \
  -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime >&2
cp="examples/target/classes:$(cat examples/target/classpath.txt)"
exec jshell --class-path "$cp" --startup DEFAULT --startup examples/analyst.jsh "$@"
