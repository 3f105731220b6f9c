#!/usr/bin/env bash
# Every routine the NT headers declare must be defined by libntoskrnl.so (implemented, or
# a stub that bug-checks naming itself), so that any driver links and no call can
# silently do nothing. Usage: check_kernel_exports.sh SOURCE_DIR LIBNTOSKRNL
set -euo pipefail
src=$1
lib=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/all.c" <<'C'
#include <ntifs.h>
#include <ntddk.h>
#include <ntstrsafe.h>
#include <ntintsafe.h>
#include <wdmsec.h>
C
clang -fsyntax-only -fshort-wchar -D_AMD64_ -D_WIN64 -I"$src/include/km" -I"$src/include/shared" \
    -Xclang -ast-dump "$work/all.c" |
    grep -E "^[|\`]-FunctionDecl" | grep -v " inline\| static" |
    sed -E "s/.* ([A-Za-z_0-9]+) '.*/\1/" | grep -E "^[A-Z]" | sort -u > "$work/declared"
nm -D --defined-only "$lib" | awk '{print $3}' | sort -u > "$work/defined"
missing=$(comm -23 "$work/declared" "$work/defined")
if [ -n "$missing" ]; then
    echo "routines declared by the NT headers but not defined by $lib:"
    echo "$missing"
    exit 1
fi
echo "all $(wc -l < "$work/declared") declared kernel routines are defined"
