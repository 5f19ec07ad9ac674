#!/usr/bin/env bash
# Precision and recall of the classifier alone (no compiler) on the hand-labeled set.
# Usage: bench/detector/evaluate.sh [--quiet]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -q -pl processor -am compile
CP_FILE=bench/work/processor.classpath
mkdir -p bench/work
mvn -q -pl processor dependency:build-classpath -Dmdep.outputFile="$PWD/$CP_FILE" -Dmdep.includeScope=runtime >/dev/null
java -cp "processor/target/classes:$(cat "$CP_FILE")" bench/detector/Evaluate.java bench/detector/labels.tsv "$@"
