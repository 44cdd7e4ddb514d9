#!/usr/bin/env bash
# Traceability: which tests prove which acceptance criterion.
#
# Reads docs/criteria.tsv (one line per criterion: "R<req>.<n><TAB>summary"), scans every
# */src/test/java/**/*.java file for JUnit tags such as @Tag("R13.2") and prints, for each
# criterion, the tests that carry its tag: "ClassName#method" for a tag on a method (the next
# method declaration after the annotation), "ClassName" for a tag on a class (nested classes
# as "Outer.Inner"). Ends with "covered: X of N criteria".
#
# Usage: bash scripts/traceability.sh [--missing]
#   --missing   print only the criteria that no test tags
# Environment:
#   TRACE_ROOT      folder to scan (default: the repository root)
#   TRACE_CRITERIA  criteria file (default: $TRACE_ROOT/docs/criteria.tsv when it exists,
#                   else the repository's docs/criteria.tsv)
set -euo pipefail

usage() {
  sed -n '2,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

mode=all
for arg in "$@"; do
  case "$arg" in
    --missing) mode=missing ;;
    -h | --help) usage; exit 0 ;;
    *) echo "traceability: unknown option: $arg" >&2; usage >&2; exit 2 ;;
  esac
done

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo_root=$(cd "$script_dir/.." && pwd)

# Resolve TRACE_ROOT (and TRACE_CRITERIA) against the caller's folder before moving.
root=${TRACE_ROOT:-$repo_root}
if [ ! -d "$root" ]; then
  echo "traceability: TRACE_ROOT is not a folder: $root" >&2
  exit 2
fi
root=$(cd "$root" && pwd)

criteria=${TRACE_CRITERIA:-}
if [ -z "$criteria" ]; then
  if [ -f "$root/docs/criteria.tsv" ]; then
    criteria="$root/docs/criteria.tsv"
  else
    criteria="$repo_root/docs/criteria.tsv"
  fi
fi
if [ ! -f "$criteria" ]; then
  echo "traceability: criteria file not found: $criteria" >&2
  exit 2
fi
criteria=$(cd "$(dirname "$criteria")" && pwd)/$(basename "$criteria")

cd "$repo_root"

# Prints "<tag><TAB><test>" for every @Tag("...") in the Java files given as arguments.
# Comments and the contents of string literals are ignored when looking for declarations;
# braces are counted to know the enclosing (possibly nested) class.
# shellcheck disable=SC2016
extract='
function dangling(    k) {
  for (k = 1; k <= npending; k++) {
    printf "traceability: warning: %s: @Tag(\"%s\") is not followed by a class or method\n", file, pending[k] > "/dev/stderr"
  }
  npending = 0
}

function reset_file() {
  depth = 0; sp = 0; npending = 0; inblock = 0; intext = 0; buffer = ""
  file = FILENAME
  base = FILENAME; sub(/^.*\//, "", base); sub(/\.java$/, "", base)
}

# Splits a line into CODE (comments removed, literals emptied) and KEEP (comments removed,
# literals kept). Tracks block comments and text blocks across lines.
function clean(line,    n, i, c, two, three, q, start) {
  CODE = ""; KEEP = ""; n = length(line); i = 1
  while (i <= n) {
    c = substr(line, i, 1); two = substr(line, i, 2); three = substr(line, i, 3)
    if (inblock) {
      if (two == "*/") { inblock = 0; i += 2 } else { i++ }
      continue
    }
    if (intext) {
      if (c == "\\") { i += 2; continue }
      if (three == "\"\"\"") { intext = 0; CODE = CODE "\"\""; KEEP = KEEP "\"\""; i += 3 } else { i++ }
      continue
    }
    if (two == "/*") { inblock = 1; CODE = CODE " "; KEEP = KEEP " "; i += 2; continue }
    if (two == "//") { break }
    if (three == "\"\"\"") { intext = 1; i += 3; continue }
    if (c == "\"" || c == "\047") {
      q = c; start = i; i++
      while (i <= n) {
        c = substr(line, i, 1)
        if (c == "\\") { i += 2; continue }
        if (c == q) { break }
        i++
      }
      CODE = CODE q q; KEEP = KEEP substr(line, start, i - start + 1); i++
      continue
    }
    CODE = CODE c; KEEP = KEEP c; i++
  }
}

function enclosing(    k, s) {
  if (sp == 0) { return base }
  s = cls[1]
  for (k = 2; k <= sp; k++) { s = s "." cls[k] }
  return s
}

function flush(test,    k) {
  for (k = 1; k <= npending; k++) { print pending[k] "\t" test }
  npending = 0
}

FNR == 1 { dangling(); reset_file() }
END { dangling() }

{
  line = $0
  sub(/\r$/, "", line)
  clean(line)

  # 1. Tags on this line, in order: @Tag("R1.1"), @org.junit.jupiter.api.Tag("R1.1"), several per line.
  rest = KEEP
  while (match(rest, /@([A-Za-z_][A-Za-z0-9_]*\.)*Tag[[:space:]]*\([[:space:]]*(value[[:space:]]*=[[:space:]]*)?"[^"]*"/)) {
    found = substr(rest, RSTART, RLENGTH)
    rest = substr(rest, RSTART + RLENGTH)
    sub(/^[^"]*"/, "", found); sub(/"$/, "", found)
    gsub(/^[[:space:]]+|[[:space:]]+$/, "", found)
    if (found ~ /^R[0-9]+\.[0-9]+$/) { pending[++npending] = found }
  }

  # 2. Declarations, with annotations taken out. A declaration split over several lines
  #    ("public", "void", "name() {") is joined up in buffer; any line with punctuation that
  #    cannot occur before a declaration name ends the buffer.
  decl = CODE
  gsub(/@[A-Za-z_][A-Za-z0-9_.]*[[:space:]]*(\([^()]*\))?/, " ", decl)
  part = decl
  decl = buffer " " decl
  buffer = (part ~ /[(){};,=]/) ? "" : decl
  if (match(decl, /(^|[^A-Za-z0-9_$.])(class|interface|enum|record)[[:space:]]+[A-Za-z_$][A-Za-z0-9_$]*/)) {
    name = substr(decl, RSTART, RLENGTH)
    sub(/^.*(class|interface|enum|record)[[:space:]]+/, "", name)
    sp++; cls[sp] = name; cdepth[sp] = depth; copen[sp] = 0
    buffer = ""
    if (npending > 0) { flush(enclosing()) }
  } else if (npending > 0) {
    method = ""
    if (match(decl, /(^|[^A-Za-z0-9_$])void[[:space:]]+[A-Za-z_$][A-Za-z0-9_$]*[[:space:]]*\(/)) {
      method = substr(decl, RSTART, RLENGTH)
    } else if (decl ~ /^[[:space:]]*[A-Za-z_$][][A-Za-z0-9_$.<>?,[:space:]]*[[:space:]][A-Za-z_$][A-Za-z0-9_$]*[[:space:]]*\(/) {
      head = decl; sub(/\(.*$/, "", head)
      first = head; sub(/^[[:space:]]+/, "", first); sub(/[^A-Za-z0-9_$].*$/, "", first)
      if (head !~ /=/ && first !~ /^(return|new|throw|if|for|while|switch|catch|else|case|do|try|assert|yield|super|this)$/) {
        method = head "("
      }
    }
    if (method != "") {
      sub(/[[:space:]]*\($/, "", method); sub(/^.*[^A-Za-z0-9_$]/, "", method)
      flush(enclosing() "#" method)
      buffer = ""
    }
  }

  # 3. Braces: which class are we in after this line?
  n = length(CODE)
  for (i = 1; i <= n; i++) {
    c = substr(CODE, i, 1)
    if (c == "{") {
      depth++
      if (sp > 0 && depth > cdepth[sp]) { copen[sp] = 1 }
    } else if (c == "}") {
      depth--
      while (sp > 0 && copen[sp] && depth <= cdepth[sp]) { sp-- }
    }
  }
}
'

# Every test source file under */src/test/java/, build output and VCS folders left out.
tags=$(
  find "$root" \( -name .git -o -name target -o -name node_modules \) -prune -o \
    -type f -path '*/src/test/java/*' -name '*.java' -print0 \
    | sort -z \
    | xargs -0 -r awk "$extract"
)

# Joins the criteria with the tags found and prints the table.
# shellcheck disable=SC2016
report='
BEGIN { FS = "\t"; total = 0; width = 9 }
FNR == NR {
  sub(/\r$/, "")
  if ($0 ~ /^[[:space:]]*(#|$)/) { next }
  if ($1 !~ /^R[0-9]+\.[0-9]+$/ || NF < 2) {
    printf "traceability: %s:%d: not \"R<req>.<n><TAB>summary\": %s\n", criteria_file, FNR, $0 > "/dev/stderr"
    next
  }
  if ($1 in summary) {
    printf "traceability: %s:%d: duplicate criterion %s\n", criteria_file, FNR, $1 > "/dev/stderr"
    next
  }
  order[++total] = $1; summary[$1] = $2
  if (length($2) > width) { width = length($2) }
  next
}
NF >= 2 {
  key = $1 SUBSEP $2
  if (key in seen) { next }
  seen[key] = 1
  if (!($1 in summary)) {
    if (!(($1) in warned)) {
      printf "traceability: warning: tag %s (%s) is not a criterion in %s\n", $1, $2, criteria_file > "/dev/stderr"
      warned[$1] = 1
    }
    next
  }
  if ($1 in tests) { tests[$1] = tests[$1] ", " $2 } else { tests[$1] = $2 }
}
END {
  covered = 0
  if (mode != "missing") { printf "%-9s %-" width "s  %s\n", "CRITERION", "SUMMARY", "TESTS" }
  for (k = 1; k <= total; k++) {
    id = order[k]
    if (id in tests) {
      covered++
      if (mode != "missing") { printf "%-9s %-" width "s  %s\n", id, summary[id], tests[id] }
    } else if (mode == "missing") {
      printf "%-9s %s\n", id, summary[id]
    } else {
      printf "%-9s %-" width "s  %s\n", id, summary[id], "-"
    }
  }
  if (mode != "missing") { printf "covered: %d of %d criteria\n", covered, total }
}
'

printf '%s\n' "$tags" | awk -v mode="$mode" -v criteria_file="$criteria" "$report" "$criteria" -
