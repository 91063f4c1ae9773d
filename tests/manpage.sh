#!/bin/sh
# tests/manpage.sh - the manual agrees with the program: summitkg.1 has a section for each
# command that `summitkg` lists; in it, each option that `summitkg CMD --help` prints (long
# and short name, and the name of its argument) and no other, and each default the help
# states; the SYNOPSIS and the README name every command; groff renders the page without a
# warning (and man(1), where it is installed).
#
# Run by `make check` (AM_TESTS_ENVIRONMENT); by hand: top_srcdir=. top_builddir=. sh tests/manpage.sh
# Prints "ok N - what" / "not ok N - what", ends with "N passed, N failed".
set -u
. "${top_srcdir:-.}/tests/testlib.sh"
setup manpage

MAN=$srcdir_abs/summitkg.1
README=$srcdir_abs/README.md
[ -f "$MAN" ] || { echo "manpage.sh: $MAN is missing" >&2; exit 99; }

# The page as text to compare: fonts and escapes removed ("\fB\-\-store\fR" -> "--store").
sed -e 's/\\f[BIRP]//g' -e 's/\\-/-/g' -e 's/\\(em/-/g' -e 's/\\&//g' "$MAN" >"$tmp/man.txt"

# section CMD: the lines of the page's ".SS CMD", up to the next .SS or .SH.
section() {
  awk -v cmd="$1" '
    /^\.S[HS] / { on = ($0 == ".SS " cmd); next }
    on' "$tmp/man.txt"
}
# entries: from a section on standard input, one line per .TP entry: its tag line, a tab,
# then its text joined on one line.
entries() {
  awk '
    /^\.TP/ { if (tag != "") print tag "\t" text; tag = ""; text = ""; want = 1; next }
    /^\.(PP|SS|SH)/ { if (tag != "") print tag "\t" text; tag = ""; text = ""; want = 0; next }
    want == 1 { tag = $0; want = 2; next }
    want == 2 { text = text " " $0 }
    END { if (tag != "") print tag "\t" text }'
}

"$SKG" >/dev/null 2>"$tmp/commands.txt"
COMMANDS=$(sed -n 's/^  \([a-z][a-z]*\)   .*/\1/p' "$tmp/commands.txt" | grep -v '^help$')
ncommands=$(echo "$COMMANDS" | wc -w)
check "summitkg lists seven commands besides help ($ncommands: $(echo $COMMANDS))" [ "$ncommands" -eq 7 ]

for cmd in $COMMANDS; do
  section "$cmd" >"$tmp/$cmd.man"
  if [ -s "$tmp/$cmd.man" ]; then
    ok "summitkg.1 has a section for $cmd"
  else
    not_ok "summitkg.1 has a section for $cmd (.SS $cmd)"
    continue
  fi
  check "the SYNOPSIS names summitkg $cmd" grep -q "^\.B summitkg $cmd\$" "$tmp/man.txt"
  check "the README names summitkg $cmd" grep -q "summitkg $cmd " "$README"
  entries <"$tmp/$cmd.man" >"$tmp/$cmd.entries"

  # The options of the help: "  -o, --output-format SYNTAX     text" or "      --jsonl   text".
  if ! "$SKG" "$cmd" --help >"$tmp/$cmd.help" 2>&1; then
    not_ok "summitkg $cmd --help exits 0"; note "$tmp/$cmd.help"
    continue
  fi
  sed -n 's/^  \(-[A-Za-z], \)\{0,1\} *\(--[a-z][a-z-]*\)\( [^ ][^ ]*\)\{0,1\}   *\(.*\)$/\1|\2|\3|\4/p' \
    "$tmp/$cmd.help" >"$tmp/$cmd.options"
  check "summitkg $cmd --help lists options" [ -s "$tmp/$cmd.options" ]
  while IFS='|' read -r short long arg text; do
    short=${short%, }; arg=${arg# }
    entry=$(awk -F '\t' -v long="$long" '{ n = split($1, w, /[ ,]+/); for (i = 1; i <= n; i++) if (w[i] == long) { print; exit } }' \
      "$tmp/$cmd.entries")
    if [ -z "$entry" ]; then
      not_ok "summitkg.1, $cmd: $long has an entry"
      continue
    fi
    tag=${entry%%"	"*}
    body=${entry#*"	"}
    want="$long${arg:+ $arg}"
    case "$tag" in
      *"$want"*) ok "summitkg.1, $cmd: $want" ;;
      *) not_ok "summitkg.1, $cmd: $want (the page says '$tag')" ;;
    esac
    if [ -n "$short" ]; then
      case "$tag" in
        "$short, $long"*) ok "summitkg.1, $cmd: $short is $long" ;;
        *) not_ok "summitkg.1, $cmd: $short is $long (the page says '$tag')" ;;
      esac
    fi
    # A default the help states, the page states too (its first word: "256", "turtle", ...).
    case "$text" in
      *"(default "*)
        def=${text#*(default }; def=${def%%[ ;),]*}; def=${def%.}
        case "$body" in
          *"$def"*) ok "summitkg.1, $cmd: $long, default $def" ;;
          *) not_ok "summitkg.1, $cmd: $long, default $def (the page says: $body)" ;;
        esac ;;
    esac
  done <"$tmp/$cmd.options"
  # ... and no option the command does not take.
  cut -f1 "$tmp/$cmd.entries" | tr ' ,' '\n\n' | grep '^--' | sort -u >"$tmp/$cmd.man-longs"
  cut -d'|' -f2 "$tmp/$cmd.options" | sort -u >"$tmp/$cmd.help-longs"
  extra=$(comm -23 "$tmp/$cmd.man-longs" "$tmp/$cmd.help-longs" | tr '\n' ' ')
  check "summitkg.1, $cmd: no option the command does not take${extra:+ ($extra)}" [ -z "$extra" ]
done

# Rendering: no warning from groff (-ww: all of them), nor from man where it is installed.
if command -v groff >/dev/null 2>&1; then
  groff -man -Tutf8 -ww -z "$MAN" >"$tmp/groff.err" 2>&1
  st=$?
  if [ "$st" -eq 0 ] && [ ! -s "$tmp/groff.err" ]; then
    ok "groff -man -Tutf8 -ww renders summitkg.1 without a warning"
  else
    not_ok "groff -man -Tutf8 -ww renders summitkg.1 without a warning (exit status $st)"; note "$tmp/groff.err"
  fi
else
  not_ok "groff is installed (scripts/install-deps installs groff-base)"
fi
if command -v man >/dev/null 2>&1; then
  MANWIDTH=80 man --warnings -l "$MAN" >"$tmp/man.out" 2>"$tmp/man.err"
  st=$?
  if [ "$st" -eq 0 ] && [ ! -s "$tmp/man.err" ] && grep -q 'summitkg query' "$tmp/man.out"; then
    ok "man --warnings -l renders summitkg.1 without a warning"
  else
    not_ok "man --warnings -l renders summitkg.1 without a warning (exit status $st)"; note "$tmp/man.err"
  fi
else
  skip "man is not installed"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
